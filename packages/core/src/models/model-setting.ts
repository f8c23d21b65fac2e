import { checkRecordArgument, checkTextArgument } from '../errors/argument.js';
import { invalidSetting } from '../errors/index.js';

/**
 * The model a factory's settings name: `model` (the one word every Rolefit factory uses for it), or `modelPath`, its
 * deprecated old name in some factories; a ValidationError when both or neither are given.
 */
export function readModelSetting(
  entity: string,
  settings: { readonly model?: unknown; readonly modelPath?: unknown },
  what: string,
): string {
  // Settings that are no object were "Cannot read properties of undefined (reading 'model')".
  checkTextArgument('readModelSetting', 'entity', entity);
  checkRecordArgument(entity, 'settings', settings, 'a settings object ({ model })');
  if (settings.model !== undefined && settings.modelPath !== undefined)
    throw invalidSetting(entity, 'modelPath', 'is the old name of model; give only model');
  const model = settings.model ?? settings.modelPath;
  if (typeof model !== 'string' || model.trim() === '') throw invalidSetting(entity, 'model', `must be ${what}`);
  return model;
}
