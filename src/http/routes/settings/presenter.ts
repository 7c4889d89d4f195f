/** A setting's value as `{"settings": value}`, or `{}` when it is unset (contract §7.11). */
export function presentSetting(value: string | undefined): { settings?: string } {
  return value === undefined ? {} : { settings: value };
}
