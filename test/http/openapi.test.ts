import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Fastify from 'fastify';
import { z } from 'zod';
import { API_PREFIXES } from '../../src/http/api/api-paths.js';
import { ERROR_REGISTRY } from '../../src/http/api/errors.js';
import { collectApiRoutes } from '../../src/http/api/openapi/api-routes.js';
import { buildOpenApiDocument } from '../../src/http/api/openapi/build-document.js';
import { OPEN, route, signed } from '../../src/http/api/route-spec.js';
import { conformanceOf } from '../helpers/openapi-conformance.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/** GET /openapi.json: generated from the routes' declarations, valid, complete, and what the server really answers. */

type Json = Record<string, any>;

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

function operations(document: Json): Array<{ path: string; method: string; op: Json }> {
  return Object.entries(document.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op: op as Json })),
  );
}

describe('GET /openapi.json', () => {
  let server: TestServer;
  let document: Json;
  let text: string;

  before(async () => {
    server = await startTestServer();
    const res = await fetch(`${server.baseUrl}/openapi.json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    text = await res.text();
    document = JSON.parse(text);
  });
  after(() => server.close({ drop: true }));

  it('is an OpenAPI 3.1 document that passes swagger-parser (the official 3.1 schema, every $ref resolved)', async () => {
    assert.equal(document.openapi, '3.1.0');
    await SwaggerParser.validate(structuredClone(document) as never);
  });

  it('describes every route registered under /api, and each is served under every prefix', async () => {
    assert.equal(
      document['x-undeclared-routes'],
      undefined,
      `routes without a route() declaration: ${JSON.stringify(document['x-undeclared-routes'])}`,
    );
    const described = operations(document);
    assert.ok(described.length >= 24, `only ${described.length} operations`);
    for (const { path, method } of described) {
      assert.ok(path.startsWith('/api/'), path);
      for (const prefix of API_PREFIXES) {
        const url = `${prefix}${path.slice('/api'.length)}`;
        assert.ok(
          server.app.hasRoute({ method: method.toUpperCase() as 'GET', url }),
          `${method.toUpperCase()} ${url} is described but not served`,
        );
      }
    }
    for (const path of [
      '/api/portal/register',
      '/api/portal/get',
      '/api/tariff/set',
      '/api/client/create',
      '/api/audit/list',
      '/api/people/find',
      '/api/settings/save',
    ]) {
      assert.ok(document.paths[path], `${path} is missing`);
    }
    assert.match(document.info.description, /`\/apisystem\/`/);
    assert.match(document.info.description, /`\/apisystem\/api\/`/);
  });

  it('gives each operation an id, a summary, a tag, its security and access, a success answer and the error answers that apply', () => {
    const ids = new Set<string>();
    for (const { path, method, op } of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(op.operationId && !ids.has(op.operationId), `${where}: operationId`);
      ids.add(op.operationId);
      assert.ok(op.summary, `${where}: summary`);
      assert.equal(op.tags?.length, 1, `${where}: tags`);
      assert.ok(Array.isArray(op.security) && op.security.length > 0, `${where}: security`);
      assert.ok(['open', 'signed', 'operator'].includes(op['x-access']), `${where}: x-access`);
      if (op['x-access'] === 'open') assert.deepEqual(op.security, [{}, { ASC: [] }], `${where}: optional token`);
      if (op['x-access'] === 'signed') assert.deepEqual(op.security, [{ ASC: [op['x-scope']] }], `${where}: scope`);
      if (op['x-access'] === 'operator') assert.deepEqual(op.security, [{ ASC: [] }], `${where}: operator`);
      const statuses = Object.keys(op.responses);
      assert.ok(
        statuses.some((s) => s === '200' || s === '201' || s === '202'),
        `${where}: no success answer`,
      );
      for (const s of ['400', '403', '500'])
        assert.equal(op.responses[s]?.$ref?.startsWith('#/components/responses/'), true, `${where}: ${s}`);
      const mutating = method !== 'get';
      for (const s of ['409', '413']) assert.equal(s in op.responses, mutating, `${where}: ${s}`);
      if (method === 'get' || method === 'delete')
        assert.equal(op.requestBody, undefined, `${where}: query parameters, not a body`);
      if (method === 'post' || method === 'put') {
        assert.equal(op.parameters, undefined, where);
        if (op.requestBody)
          assert.deepEqual(
            Object.keys(op.requestBody.content).sort(),
            ['application/json', 'application/x-www-form-urlencoded'],
            where,
          );
      }
    }
    // The scopes of part 2, as the declarations say.
    const op = (path: string, method: string) => document.paths[path][method];
    assert.equal(op('/api/tariff/set', 'put')['x-scope'], 'billing');
    assert.equal(op('/api/portal/register', 'post')['x-scope'], 'portals:write');
    assert.equal(op('/api/client/create', 'post')['x-access'], 'operator');
    assert.equal(op('/api/portal/test', 'get')['x-access'], 'open');
    assert.deepEqual(Object.keys(op('/api/portal/register', 'post').responses).sort(), [
      '201',
      '400',
      '403',
      '409',
      '413',
      '500',
    ]);
  });

  it('describes the canonical types of the liberally read inputs (z.preprocess fields included)', () => {
    const get = document.paths['/api/portal/get'].get;
    const byName = Object.fromEntries(get.parameters.map((p: Json) => [p.name, p]));
    assert.deepEqual(byName.statistics.schema, { type: 'boolean' });
    assert.equal(byName.tenantId.schema.type, 'integer');
    assert.equal(byName.portalName.schema.type, 'string');
    assert.equal(byName.portalName.in, 'query');
    const setParams = document.components.schemas.TariffSetParams;
    assert.equal(setParams.properties.maxTotalSize.type, 'integer');
    assert.equal(setParams.properties.features.maxLength, 4000);
    assert.equal(setParams.additionalProperties, undefined, 'unknown parameters are ignored, not refused');
    const createParams = document.components.schemas.ClientCreateParams;
    assert.deepEqual(createParams.properties.scopes, { type: 'array', items: { type: 'string' } });
    // Shared shapes are components, referred to by every answer that holds them.
    assert.deepEqual(document.components.schemas.PortalRegisterResponse201, undefined);
    const registered = document.paths['/api/portal/register'].post.responses['201'].content['application/json'].schema;
    assert.deepEqual(registered.properties.tenant, { $ref: '#/components/schemas/Tenant' });
    assert.deepEqual(document.components.schemas.Tenant.properties.status.enum, [
      'Active',
      'Suspended',
      'RemovePending',
    ]);
  });

  it('has the ASC security scheme, the error body and every error code with its status', () => {
    const asc = document.components.securitySchemes.ASC;
    assert.equal(asc.type, 'apiKey');
    assert.equal(asc.in, 'header');
    assert.equal(asc.name, 'Authorization');
    assert.match(asc.description, /HMAC-SHA1/);
    assert.match(asc.description, /UrlTokenEncode/);
    assert.match(asc.description, /clientId/);

    const wire = [...new Set(Object.values(ERROR_REGISTRY).map((e) => e.wire))].sort();
    assert.deepEqual([...document.components.schemas.ErrorCode.enum].sort(), wire);
    assert.deepEqual(document.components.schemas.ErrorBody.required, ['error', 'message']);
    for (const entry of Object.values(ERROR_REGISTRY)) {
      assert.ok(
        document.info.description.includes(`| ${entry.status} | \`${entry.wire}\` | ${entry.message} |`),
        `${entry.wire} ${entry.status} missing from the table`,
      );
      const name = Object.entries(document.components.responses as Json).find(([, r]) =>
        r.description.includes(`\`${entry.wire}\` (${entry.message})`),
      );
      assert.ok(name, `${entry.wire} (${entry.status}) is named by no error response`);
    }
    assert.deepEqual(Object.keys(document.components.responses).sort(), [
      'BadRequest',
      'Conflict',
      'Forbidden',
      'HeadersTooLarge',
      'MethodNotAllowed',
      'NotFound',
      'PayloadTooLarge',
      'RequestTimeout',
      'ServerError',
    ]);
    for (const response of Object.values(document.components.responses as Json)) {
      assert.deepEqual(response.content['application/json'].schema, { $ref: '#/components/schemas/ErrorBody' });
    }
    assert.ok(document.components.responses.BadRequest.headers['Retry-After']);
  });

  it('has examples for register, portal/get, tariff/set and client/create, each valid against its schema', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ ...document, $id: 'doc' });
    const check = (schema: Json, example: unknown, where: string) => {
      const validate = ajv.compile(
        schema.$ref ? { $ref: `doc${schema.$ref}` } : { ...schema, $defs: undefined, $id: `inline:${where}` },
      );
      assert.ok(validate(example), `${where}: ${JSON.stringify(validate.errors)}`);
    };
    let count = 0;
    for (const { path, method, op } of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const [type, media] of Object.entries((op.requestBody?.content ?? {}) as Json)) {
        if (media.example !== undefined) {
          check(media.schema, media.example, `${where} ${type}`);
          count++;
        }
      }
      for (const p of (op.parameters ?? []) as Json[])
        if (p.example !== undefined) check(p.schema, p.example, `${where} ${p.name}`);
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const media = response.content?.['application/json'];
        if (media?.example !== undefined) {
          const validate =
            ajv.getSchema(
              `doc#/paths/${path.replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`,
            ) ??
            ajv.compile({
              $ref: `doc#/paths/${path.replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`,
            });
          assert.ok(validate(media.example), `${where} ${status}: ${JSON.stringify(validate.errors)}`);
          count++;
        }
      }
    }
    assert.ok(count >= 6, `only ${count} examples`);
    assert.ok(document.paths['/api/portal/register'].post.responses['201'].content['application/json'].example);
    assert.ok(document.paths['/api/portal/get'].get.parameters.some((p: Json) => p.example !== undefined));
    assert.ok(document.paths['/api/tariff/set'].put.requestBody.content['application/json'].example);
    assert.ok(document.paths['/api/client/create'].post.responses['201'].content['application/json'].example);
  });

  it('is the same document on every request, on any host, with /openapi too', async () => {
    for (const path of ['/openapi.json', '/openapi', '/OpenAPI.json']) {
      const res = await fetch(`${server.baseUrl}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(await res.text(), text, path);
    }
    // fetch() cannot set Host: inject can.
    const onPortalHost = await server.app.inject({
      method: 'GET',
      url: '/openapi.json',
      headers: { host: 'someportal.localhost' },
    });
    assert.equal(onPortalHost.statusCode, 200);
    assert.equal(onPortalHost.body, text);
  });

  it('checks answers against itself: an undeclared status, a wrong body or an unknown path fails the call', async () => {
    const conformance = await conformanceOf(server.baseUrl);
    const answer = (method: string, path: string, status: number, body: unknown) => ({
      method,
      url: new URL(path, server.baseUrl),
      status,
      contentType: 'application/json; charset=utf-8',
      body,
      text: JSON.stringify(body),
    });
    conformance.check(answer('GET', '/api/portal/test', 200, { value: 'Portal api works' }));
    conformance.check(answer('GET', '/APISYSTEM/Portal/Test.json', 200, { value: 'Portal api works' }));
    conformance.check(answer('GET', '/api/nothing/here', 404, { error: 'notFound', message: 'No such method' }));
    conformance.check(
      answer('DELETE', '/api/portal/test', 405, {
        error: 'methodNotAllowed',
        message: 'Method not allowed for this path',
      }),
    );
    conformance.check(answer('GET', '/health', 200, { anything: true }));
    assert.throws(
      () => conformance.check(answer('GET', '/api/portal/test', 200, { value: 1 })),
      /does not match the document/,
    );
    assert.throws(
      () => conformance.check(answer('GET', '/api/portal/test', 200, { value: 'x', extra: true })),
      /does not match the document/,
    );
    assert.throws(() => conformance.check(answer('GET', '/api/portal/test', 202, { value: 'x' })), /does not declare/);
    assert.throws(
      () => conformance.check(answer('POST', '/api/portal/register', 400, { error: 'nope', message: 'x' })),
      /does not match/,
    );
    assert.throws(() => conformance.check(answer('GET', '/api/not/described', 200, {})), /not in the document/);
    // Through the helper: a real call whose answer is checked.
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(res.status, 201);
  });
});

describe('building the document', () => {
  it('names a route registered under /api without a declaration, and leaves the other prefixes and HEAD out', async () => {
    const app = Fastify();
    const collected = collectApiRoutes(app, '/api');
    const ok = z.object({ value: z.string() });
    await app.register(
      async (api) => {
        api.get(
          '/thing/get',
          route({ tag: 'thing', summary: 'A thing', access: signed('portals:read'), responses: { 200: ok } }),
          async () => ({ value: 'x' }),
        );
        api.post('/thing/undeclared', async () => ({}));
      },
      { prefix: '/api' },
    );
    await app.register(
      async (api) =>
        api.get(
          '/thing/get',
          route({ tag: 'thing', summary: 'A thing', access: OPEN, responses: { 200: ok } }),
          async () => ({ value: 'x' }),
        ),
      {
        prefix: '/apisystem',
      },
    );
    await app.ready();
    const document = buildOpenApiDocument({
      routes: collected.routes,
      described: '/api',
      prefixes: ['/api', '/apisystem'],
      version: '0.0.0',
    }) as Json;
    assert.deepEqual(Object.keys(document.paths), ['/api/thing/get']);
    assert.deepEqual(Object.keys(document.paths['/api/thing/get']), ['get']);
    assert.deepEqual(document['x-undeclared-routes'], ['POST /api/thing/undeclared']);
    await app.close();
  });
});
