import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES } from './utils/portals';

// The e2e build (`wxt build --mode e2e`) also runs the content script on the local demo server,
// and exposes the popup to pages so Firefox tests can open it; release builds never do.
export default defineConfig({
  imports: false,
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the toolbar button's title from the popup's <title>; ours is translated.
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
      // MV2 (Firefox) has no optional_host_permissions: the same origins go in optional_permissions.
      if (manifest.manifest_version === 2) manifest.optional_permissions = ['https://*/*', 'http://*/*'];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact's devtools hooks only in `wxt` dev mode: the e2e build must weigh what users get.
  vite: (env) => ({ plugins: [preact({ devToolsEnabled: env.mode === 'development' })] }),
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'vi',
      permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
      host_permissions: e2e ? [...PORTAL_MATCHES, 'http://127.0.0.1/*'] : [...PORTAL_MATCHES],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      commands: {
        'highlight-selection': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_commandHighlight__',
        },
      },
      web_accessible_resources: e2e
        ? browser === 'firefox'
          ? ['popup.html', 'library.html']
          : [{ resources: ['popup.html', 'library.html'], matches: ['http://127.0.0.1/*'] }]
        : undefined,
      browser_specific_settings:
        browser === 'firefox'
          ? {
              gecko: {
                id: 'portal-notes@portalnotes.invalid',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            }
          : undefined,
    };
  },
});
