/** The small part of @citation-js (untyped) the citation tests use. */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslData {
    id?: string;
    type?: string;
    title?: string;
    author?: CslName[];
    reporter?: string[] | CslName[];
    issued?: { 'date-parts'?: number[][] };
    accessed?: { 'date-parts'?: number[][] };
    URL?: string;
    'container-title'?: string;
    'collection-title'?: string;
    publisher?: string;
    language?: string;
    note?: string | string[];
    keyword?: string;
    [key: string]: unknown;
  }
  export class Cite {
    static async(input: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: CslData[];
    format(type: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
