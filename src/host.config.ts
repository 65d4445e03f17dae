/** The public body that publishes this deployment, from PUBLIC_HOST_* build settings (see the README); placeholders otherwise. */
import { readHostSettings } from './lib/host/settings.ts';

export const host = readHostSettings(import.meta.env);
