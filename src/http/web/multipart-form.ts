import { paramsError } from '../../domain/errors.js';
import { FORM_LIMITS } from '../api/params.js';

/** A file posted in a multipart form: what the browser called it, the type it claimed, its bytes. */
export interface UploadedFile {
  readonly filename: string;
  readonly type: string;
  readonly bytes: Buffer;
}

/** Whether a form field holds an uploaded file. */
export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes);
}

/**
 * A `multipart/form-data` body (a form with a file input), read with the platform's own parser
 * (the Fetch API's FormData, built into Node) into the shape the other body parsers give: a
 * null-prototype object of text fields (a repeated name becomes a list) and files. The body's
 * size is capped by the route before this runs; the field count and repeats are capped here as
 * for every form.
 */
export async function parseMultipartForm(contentType: string, body: Buffer): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw paramsError('The form could not be read (a malformed multipart body)');
  }
  const out = Object.create(null) as Record<string, unknown>;
  let fields = 0;
  for (const [name, value] of form) {
    const item: unknown =
      typeof value === 'string'
        ? value
        : { filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    const existing = out[name];
    if (existing === undefined) {
      if (++fields > FORM_LIMITS.fields) throw paramsError(`The request has more than ${FORM_LIMITS.fields} fields`);
      out[name] = item;
    } else if (Array.isArray(existing)) {
      if (existing.length >= FORM_LIMITS.repeats)
        throw paramsError(`A field is repeated more than ${FORM_LIMITS.repeats} times`);
      existing.push(item);
    } else out[name] = [existing, item];
  }
  return out;
}
