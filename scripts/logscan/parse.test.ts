import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/project.ts';
import { parseLine, parseLogTime } from './parse.ts';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('parseLine', () => {
  it('reads an nginx/Apache combined line', () => {
    const line = `203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET /berita/?halaman=2 HTTP/1.1" 200 5120 "https://pn-contoh.go.id/" "${CHROME}"`;
    expect(parseLine(line)).toEqual({
      ip: '203.0.113.7',
      time: Date.parse('2026-11-21T05:00:00Z'),
      method: 'GET',
      target: '/berita/?halaman=2',
      request: 'GET /berita/?halaman=2 HTTP/1.1',
      status: 200,
      userAgent: CHROME,
    });
  });

  it('reads the example line of the `laman` format in deploy/nginx/laman-log.conf (combined + request time + host)', () => {
    const conf = readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx/laman-log.conf'), 'utf8');
    const example = /^#\s+(203\.0\.113\.7 .*)$/m.exec(conf)?.[1];
    expect(example).toBeDefined();
    expect(parseLine(example!)).toEqual({
      ip: '203.0.113.7',
      time: Date.parse('2026-11-21T05:00:00Z'),
      method: 'GET',
      target: '/berita/',
      request: 'GET /berita/ HTTP/2.0',
      status: 200,
      userAgent: 'Mozilla/5.0 …',
    });
  });

  it('reads a user, an IPv6 source, a "-" byte count and a "-" user agent', () => {
    const parsed = parseLine('2001:db8::7 - budi [01/Jan/2027:00:00:59 +0000] "POST /wp-login.php HTTP/1.1" 405 - "-" "-" 0.000 pn-contoh.go.id');
    expect(parsed).toMatchObject({ ip: '2001:db8::7', time: Date.parse('2027-01-01T00:00:59Z'), method: 'POST', target: '/wp-login.php', status: 405, userAgent: '' });
  });

  it('keeps Apache\'s \\" escapes and nginx\'s \\x22 escapes inside their field', () => {
    const apache = parseLine('198.51.100.2 - - [21/Nov/2026:12:00:00 +0700] "GET /cari?q=\\"><script> HTTP/1.1" 404 0 "-" "sqlmap \\"1.8\\" \\\\"');
    expect(apache).toMatchObject({ target: '/cari?q=\\"><script>', status: 404, userAgent: 'sqlmap \\"1.8\\" \\\\' });
    const nginx = parseLine('198.51.100.2 - - [21/Nov/2026:12:00:00 +0700] "GET /cari?q=\\x22%3E HTTP/1.1" 404 0 "-" "a\\x22b" 0.001 pn-contoh.go.id');
    expect(nginx).toMatchObject({ target: '/cari?q=\\x22%3E', userAgent: 'a\\x22b' });
  });

  it('keeps a request line that is not "METHOD TARGET PROTOCOL" (TLS bytes sent to port 80) with an empty method', () => {
    const parsed = parseLine('198.51.100.3 - - [21/Nov/2026:12:00:00 +0700] "\\x16\\x03\\x01\\x00\\xF1\\x01" 400 157 "-" "-"');
    expect(parsed).toMatchObject({ method: '', target: '\\x16\\x03\\x01\\x00\\xF1\\x01', status: 400, userAgent: '' });
    expect(parseLine('198.51.100.3 - - [21/Nov/2026:12:00:00 +0700] "-" 400 0 "-" "-"')).toMatchObject({ method: '', target: '-' });
  });

  it.each([
    ['an empty line', ''],
    ['a line of text', 'nginx: [emerg] unknown directive'],
    ['an error-log line', '2026/11/21 12:00:00 [error] 1234#0: *5 open() "/var/www/x" failed'],
    ['no time', '203.0.113.7 - - "GET / HTTP/1.1" 200 5 "-" "x"'],
    ['a time that is not one', '203.0.113.7 - - [21/Foo/2026:12:00:00 +0700] "GET / HTTP/1.1" 200 5 "-" "x"'],
    ['an hour of 25', '203.0.113.7 - - [21/Nov/2026:25:00:00 +0700] "GET / HTTP/1.1" 200 5 "-" "x"'],
    ['a status that is not a number', '203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET / HTTP/1.1" 2x0 5 "-" "x"'],
    ['the common format (no referer, no user agent)', '203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET / HTTP/1.1" 200 5'],
    ['a user agent that never closes', '203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET / HTTP/1.1" 200 5 "-" "Mozilla'],
    ['something glued to the user agent', '203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET / HTTP/1.1" 200 5 "-" "x"y'],
    ['a line cut in the request', '203.0.113.7 - - [21/Nov/2026:12:00:00 +0700] "GET /ber'],
  ])('returns undefined for %s', (_what, line) => {
    expect(parseLine(line)).toBeUndefined();
  });
});

describe('parseLogTime', () => {
  it.each([
    ['21/Nov/2026:12:00:00 +0700', '2026-11-21T05:00:00.000Z'],
    ['21/Nov/2026:12:00:00 +0000', '2026-11-21T12:00:00.000Z'],
    ['21/Nov/2026:12:00:00 -0530', '2026-11-21T17:30:00.000Z'],
    ['01/Jan/2027:03:00:00 +0800', '2026-12-31T19:00:00.000Z'],
  ])('%s is %s', (stamp, iso) => {
    expect(new Date(parseLogTime(stamp)).toISOString()).toBe(iso);
  });

  it.each(['21/nov/2026:12:00:00 +0700', '21/Nov/2026:12:00:00', '2026-11-21T12:00:00Z', '21/Nov/2026:12:60:00 +0700', '00/Nov/2026:12:00:00 +0700', '21/Nov/2026:12:00:00 *0700'])(
    '%s is not a log time',
    (stamp) => {
      expect(parseLogTime(stamp)).toBeNaN();
    },
  );

  it('answers a repeated stamp the same (the last one is remembered)', () => {
    const first = parseLogTime('21/Nov/2026:12:00:01 +0700');
    expect(parseLogTime('21/Nov/2026:12:00:01 +0700')).toBe(first);
    expect(parseLogTime('21/Nov/2026:12:00:02 +0700')).toBe(first + 1000);
  });
});
