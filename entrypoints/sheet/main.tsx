import { render } from 'preact';
import { SheetPage } from '../../components/SheetPage';
import { createAppState } from '../../lib/state/app-state';
import { createPlanModel } from '../../lib/state/plan-model';
import { buildId } from '../../lib/platform/build-id';
import './style.css';

const state = createAppState();
const plan = createPlanModel(state, { build: buildId() });
void state.load();
render(<SheetPage state={state} model={plan} />, document.getElementById('app')!);
