import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { buildAsyncApiDocument } from '#contracts';

type Json = Record<string, any>;

function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Follows a local `#/a/b` reference (the document has no others). */
function resolve(document: Json, node: Json | undefined): Json | undefined {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Json | undefined>((at, key) => at?.[key], document);
}

/** The descriptions use a little Markdown: **bold** and `code`, rendered after escaping. */
const prose = (text: unknown) =>
  escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
const row = (name: string, value: unknown) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`;

function renderMessage(document: Json, ref: Json): string {
  const m = resolve(document, ref) ?? {};
  const example = m.examples?.[0];
  return `<section class="message">
<h3>${escapeHtml(m.name)}</h3>
<p>${escapeHtml(m.summary)}</p>
<table>${row('key', m.bindings?.kafka?.key?.description)}${row('content type', m.contentType)}</table>
<details><summary>Headers</summary>${json(resolve(document, m.headers))}</details>
<details open><summary>Payload schema</summary>${json(m.payload)}</details>
${example ? `<details><summary>Example</summary>${json({ headers: example.headers, payload: example.payload })}</details>` : ''}
</section>`;
}

/** A readable, self-contained page: no scripts, no external styles or fonts (district networks may be offline). */
export function renderAsyncApiHtml(document: Json): string {
  const info = document.info ?? {};
  const servers = Object.entries<Json>(document.servers ?? {})
    .map(([name, s]) => `<li><code>${escapeHtml(name)}</code>: <code>${escapeHtml(s.host)}</code> (${escapeHtml(s.protocol)}) ${escapeHtml(s.description)}</li>`)
    .join('');
  const channels = Object.values<Json>(document.channels ?? {})
    .map(
      (c) => `<section class="channel" id="${escapeHtml(c.address)}">
<h2>${escapeHtml(c.address)}</h2>
<table>${row('owner', c['x-owner'])}${row('audience', c['x-audience'])}${row('key', c['x-key'])}${row('partitions', c.bindings?.kafka?.partitions)}</table>
<pre class="text">${prose(c.description)}</pre>
${Object.values<Json>(c.messages ?? {}).map((m) => renderMessage(document, m)).join('\n')}
</section>`,
    )
    .join('\n');
  const toc = Object.values<Json>(document.channels ?? {})
    .map((c) => `<li><a href="#${escapeHtml(c.address)}">${escapeHtml(c.address)}</a> <small>${escapeHtml(c['x-audience'])}</small></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
pre{background:#f5f5f5;padding:.6rem;overflow:auto;font-size:13px}pre.text{background:none;padding:0;white-space:pre-wrap;font:inherit}
table{border-collapse:collapse}th,td{text-align:left;padding:.1rem .8rem .1rem 0;vertical-align:top}
.channel{border-top:2px solid #ccc;margin-top:2rem}.message{margin-left:1.2rem;border-left:3px solid #ddd;padding-left:.8rem}
summary{cursor:pointer;font-weight:600}
</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>Machine-readable: <a href="/asyncapi.json">/asyncapi.json</a> (AsyncAPI ${escapeHtml(document.asyncapi)})</p>
<pre class="text">${prose(info.description)}</pre>
<h2>Servers</h2><ul>${servers}</ul>
<h2>Topics</h2><ul>${toc}</ul>
${channels}
</body></html>`;
}

@ApiTags('events')
@Controller()
export class AsyncApiController {
  private readonly spec = buildAsyncApiDocument();
  private readonly html = renderAsyncApiHtml(this.spec);

  @Get('asyncapi.json')
  @ApiOperation({ summary: 'The event stream as an AsyncAPI 3 document: every topic, key, header and payload schema' })
  @ApiOkResponse({ description: 'AsyncAPI 3.0.0 document' })
  asyncApiJson(): Record<string, unknown> {
    return this.spec;
  }

  @Get('asyncapi')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  @ApiOperation({ summary: 'The event stream documentation as a readable page (self-contained, works offline)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page', schema: { type: 'string' } })
  asyncApiPage(): string {
    return this.html;
  }
}
