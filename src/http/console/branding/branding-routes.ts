import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BRAND_SETTINGS, type BrandSettingKey } from '../../../domain/brand/brand-fields.js';
import { mergeBrands, OPERATOR_BRAND } from '../../../domain/brand/brand-for.js';
import { checkLogo, logoFromDataUrl, logoPath, type CheckedLogo } from '../../../domain/brand/brand-logo.js';
import {
  checkBrandValues,
  readStoredBrand,
  saveBrand,
  type BrandValues,
  type CheckedBrandValues,
} from '../../../domain/brand/brand-settings.js';
import { listClientChoices } from '../../../domain/client/find-clients.js';
import { DomainError } from '../../../domain/errors.js';
import type { BrandRecord } from '../../../store/repositories/brands.js';
import { formFields, formField } from '../../web/forms.js';
import { isUploadedFile, parseMultipartForm } from '../../web/multipart-form.js';
import { pagePolicy } from '../../web/security-headers.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { messageOf } from '../form-errors.js';
import type { FieldErrors } from '../components/index.js';
import { brandPreview } from './brand-preview.js';
import { BRAND_FORM_FIELDS, brandingPage, type BrandFormField, type BrandFormValues } from './branding-view.js';

/**
 * The form may carry a 256 KiB logo twice over (the file, or the checked upload carried from a
 * preview as a data URL: 342 KiB): this route alone takes up to 800 KiB.
 */
const BRANDING_FORM_LIMIT = 800 * 1024;

/** Each form field's Brand.* setting, and back (the rules name the setting in their messages). */
const SETTING_OF: Readonly<Record<BrandFormField, BrandSettingKey>> = {
  productName: 'Brand.ProductName',
  primaryColor: 'Brand.PrimaryColor',
  supportEmail: 'Brand.SupportEmail',
  supportUrl: 'Brand.SupportUrl',
  legalFooter: 'Brand.LegalFooter',
  mailFromName: 'Brand.MailFromName',
  mailFromAddress: 'Brand.MailFromAddress',
};
const FIELD_OF = new Map<string, string>([
  ...Object.entries(SETTING_OF).map(([field, key]) => [key, field] as [string, string]),
  ['Brand.Logo', 'logo'],
]);

/**
 * /console/branding: the operator's brand and each client's (chosen from a list), with a form for
 * every field, a logo upload (a multipart form: the browser's own file upload, no script), and a
 * server-rendered preview. The Preview button renders the posted values without saving them;
 * Save stores them through the same checks and audit record as settings/save.
 */
export function brandingPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    clientId: string,
    posted?: {
      readonly values: BrandFormValues;
      readonly checked?: CheckedBrandValues | undefined;
      readonly pendingLogo?: CheckedLogo | undefined;
      readonly removeLogo: boolean;
      readonly errors: FieldErrors;
    },
  ) => {
    const actor = deps.actor(request);
    const { brand } = await readStoredBrand(ctx, actor, { clientId });
    const operator = clientId === OPERATOR_BRAND ? brand : (await readStoredBrand(ctx, actor, {})).brand;
    const clients = await listClientChoices(ctx);
    // What the preview shows: the saved brand, or the posted values over it when they passed.
    const shownRecord =
      posted?.checked === undefined ? brand : applied(clientId, brand, posted.checked, posted.removeLogo);
    const merged =
      clientId === OPERATOR_BRAND ? mergeBrands(undefined, shownRecord) : mergeBrands(shownRecord, operator);
    const pendingSrc = posted?.pendingLogo === undefined ? undefined : dataUrlOf(posted.pendingLogo);
    const preview = brandPreview(merged, posted?.removeLogo === true ? undefined : pendingSrc);
    reply.header('content-security-policy', pagePolicy([preview.styleHash]));
    const fallbackBrand = mergeBrands(undefined, operator);
    return deps.send(
      reply,
      status,
      brandingPage({
        chrome: deps.chrome(request, 'branding', noticeOf(request)),
        action: consolePaths.branding,
        clientId,
        clients,
        values: posted?.values ?? storedValues(brand),
        fallbacks:
          clientId === OPERATOR_BRAND
            ? undefined
            : {
                productName: fallbackBrand.productName,
                primaryColor: fallbackBrand.primaryColor,
                supportEmail: fallbackBrand.supportEmail ?? '',
                supportUrl: fallbackBrand.supportUrl ?? '',
                legalFooter: fallbackBrand.legalFooter ?? '',
                mailFromName: operator?.fields.mail_from_name ?? '',
                mailFromAddress: fallbackBrand.mailFrom?.address ?? '',
              },
        currentLogo: brand?.logo ? logoPath(brand.logo) : undefined,
        pendingLogo: pendingSrc,
        removeLogo: posted?.removeLogo,
        errors: posted?.errors,
        preview,
        previewUnsaved: posted !== undefined,
      }),
    );
  };

  void app.register(async (scoped) => {
    // The brand form uploads a file: a multipart body, read into the same fields object as a form.
    scoped.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'buffer' },
      async (request: FastifyRequest, body: string | Buffer) =>
        parseMultipartForm(String(request.headers['content-type']), Buffer.from(body)),
    );

    scoped.get('/branding', async (request, reply) => {
      const clientId = clientOf((request.query as Record<string, unknown>).client);
      try {
        return await render(request, reply, 200, clientId);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'clientNotFound')
          return deps.notFound(request, reply, 'Client', { href: consolePaths.branding, label: 'Branding' });
        throw error;
      }
    });

    scoped.post('/branding', { bodyLimit: BRANDING_FORM_LIMIT }, async (request, reply) => {
      const clientId = clientOf(formField(request, 'client'));
      const fields = formFields(request);
      const values = Object.fromEntries(
        BRAND_FORM_FIELDS.map((name) => {
          const value = fields.get(name.toLowerCase());
          return [name, typeof value === 'string' ? value : ''];
        }),
      ) as Record<BrandFormField, string>;
      const removeLogo = formField(request, 'removeLogo') === 'on';
      const errors: Record<string, string> = {};

      // The logo: a new upload, else the upload a preview carried over, else unchanged (or removed).
      let logo: CheckedLogo | undefined;
      try {
        const file = fields.get('logo');
        const pending = formField(request, 'pendingLogo');
        if (isUploadedFile(file) && file.bytes.length > 0) logo = checkLogo('Brand.Logo', file.bytes);
        else if (pending !== undefined && pending !== '') logo = logoFromDataUrl('Brand.Logo', pending);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.logo = withoutKey(messageOf(error));
      }

      const brandValues: BrandValues = Object.fromEntries(
        BRAND_FORM_FIELDS.map((name) => [SETTING_OF[name], values[name]]),
      );
      if (removeLogo) brandValues['Brand.Logo'] = '';
      let checked: CheckedBrandValues | undefined;
      try {
        checked = checkBrandValues(brandValues, removeLogo ? undefined : logo);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'params') throw error;
        for (const problem of Array.isArray(error.detail) ? error.detail : [error.message]) {
          const key = /^(Brand\.\w+):/.exec(problem)?.[1];
          const field = key === undefined ? undefined : FIELD_OF.get(key);
          errors[field ?? 'productName'] ??= withoutKey(problem);
        }
      }

      const intent = formField(request, 'intent');
      if (checked === undefined || Object.keys(errors).length > 0 || intent === 'preview') {
        return render(request, reply, checked === undefined || Object.keys(errors).length > 0 ? 400 : 200, clientId, {
          values,
          checked: Object.keys(errors).length > 0 ? undefined : checked,
          pendingLogo: errors.logo === undefined && !removeLogo ? logo : undefined,
          removeLogo,
          errors,
        });
      }
      await saveBrand(ctx, deps.scope(request), { clientId }, checked);
      return reply.redirect(withQuery(consolePaths.branding, { client: clientId, notice: 'brand-saved' }), 303);
    });
  });
}

/** The client a request names ('' or none: the operator's brand). */
function clientOf(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : OPERATOR_BRAND;
}

function storedValues(brand: BrandRecord | undefined): BrandFormValues {
  return Object.fromEntries(
    BRAND_FORM_FIELDS.map((name) => {
      const column = BRAND_SETTINGS[SETTING_OF[name]];
      return [name, column === 'logo' ? '' : (brand?.fields[column] ?? '')];
    }),
  ) as Record<BrandFormField, string>;
}

/** A stored brand with checked values applied, as it would be saved (for the preview). */
function applied(
  clientId: string,
  brand: BrandRecord | undefined,
  checked: CheckedBrandValues,
  removeLogo: boolean,
): BrandRecord {
  const fields = { ...(brand?.fields ?? EMPTY_FIELDS), ...checked.fields };
  const logo = removeLogo
    ? null
    : checked.logo
      ? { digest: checked.logo.digest, ext: checked.logo.ext }
      : (brand?.logo ?? null);
  return { clientId, fields, logo };
}

const EMPTY_FIELDS: BrandRecord['fields'] = {
  product_name: null,
  primary_color: null,
  support_email: null,
  support_url: null,
  legal_footer: null,
  mail_from_name: null,
  mail_from_address: null,
};

function dataUrlOf(logo: CheckedLogo): string {
  return `data:${logo.contentType};base64,${logo.bytes.toString('base64')}`;
}

/** "Brand.PrimaryColor: must be …" → "Must be …" (the form shows it beside its field). */
function withoutKey(problem: string): string {
  const text = problem.replace(/^Brand\.\w+:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
