import { render } from 'preact';

render(<main><h1>Backstride</h1><p>Your routine is on its way.</p></main>, document.getElementById('app')!);
