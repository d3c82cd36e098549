// The Discord interactions peer of certpath's load benchmark: a minimal
// Node HTTP server that verifies each request with discord-interactions'
// verifyKey (Ed25519 over timestamp+body, as Discord signs) and answers
// with a fixed type-4 ephemeral message as large as certpath's average
// reply.
//
//   DISCORD_PUBLIC_KEY=<hex> PORT=3002 node server.js
//
// REPLY_BYTES sets the content size (default 1150: certpath's average
// interaction response body is about 1.2 KB of JSON).
'use strict';

const http = require('node:http');
const { verifyKey, InteractionType, InteractionResponseType, InteractionResponseFlags } = require('discord-interactions');

const port = Number(process.env.PORT || 3002);
const publicKey = process.env.DISCORD_PUBLIC_KEY;
const content = 'x'.repeat(Number(process.env.REPLY_BYTES || 1150));
const maxBody = 64 * 1024;

const reply = (res, status, body) => {
  const out = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json' });
  res.end(out);
};

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/interactions') return reply(res, 404, 'not found');
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    if (size > maxBody) { reply(res, 413, 'too large'); req.destroy(); return; }
    chunks.push(c);
  });
  req.on('end', async () => {
    if (res.writableEnded) return;
    const body = Buffer.concat(chunks);
    const ok = await verifyKey(body, req.headers['x-signature-ed25519'] || '', req.headers['x-signature-timestamp'] || '', publicKey)
      .catch(() => false);
    if (!ok) return reply(res, 401, 'invalid request signature');
    let i;
    try { i = JSON.parse(body); } catch { return reply(res, 400, 'malformed'); }
    if (i.type === InteractionType.PING) return reply(res, 200, { type: InteractionResponseType.PONG });
    return reply(res, 200, {
      type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE,
      data: { content, flags: InteractionResponseFlags.EPHEMERAL },
    });
  });
});

server.keepAliveTimeout = 120000;
server.listen(port, '127.0.0.1', () => console.log(`discord peer listening on 127.0.0.1:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
