import { render } from 'preact';
import { SheetPage } from '../../components/SheetPage';
import { createAppState } from '../../lib/state/app-state';
import '../../components/theme.css';

const state = createAppState();
void state.load();
render(<SheetPage state={state} />, document.getElementById('app')!);
