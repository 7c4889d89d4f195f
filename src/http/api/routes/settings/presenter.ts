/** A setting's value as `{"settings": value}`, or `{}` when it is unset. */
export function presentSetting(value: string | undefined): { settings?: string } {
  return value === undefined ? {} : { settings: value };
}
