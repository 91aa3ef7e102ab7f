import { render } from 'preact';
render(<p>Portal Notes</p>, document.getElementById('app')!);
