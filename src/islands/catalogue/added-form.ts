/** The form for the assistant's own data (AddedForm.tsx), loaded when it is first opened: not in the builder's first load. */
import { lazy } from 'react';

export const AddedForm = lazy(() => import('./AddedForm.tsx').then((m) => ({ default: m.AddedForm })));
