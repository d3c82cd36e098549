// The Slack Bolt for JavaScript peer of certpath's load benchmark: the app
// a team would write instead of certpath, doing the least it can. It
// verifies Slack's signature on its HTTP receiver (Bolt does that for every
// request) and acks /certpath with a fixed ephemeral text as large as
// certpath's average reply, so the two are compared on equal bytes.
//
//   SLACK_SIGNING_SECRET=... PORT=3001 node app.js
//
// REPLY_BYTES sets the text size (default 2300, certpath's average slash
// command reply body is about 2.4 KB of JSON with the Block Kit blocks).
'use strict';

const { App, LogLevel } = require('@slack/bolt');

const port = Number(process.env.PORT || 3001);
const replyBytes = Number(process.env.REPLY_BYTES || 2300);
const text = 'x'.repeat(replyBytes);

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  // A single-workspace token that is never used: the reply goes in the
  // HTTP response. With botId and botUserId given, Bolt skips auth.test,
  // which keeps the peer off the network (as a deployed app's cached
  // auth.test result would).
  token: 'xoxb-bench-unused',
  botId: 'BBENCH',
  botUserId: 'UBENCHBOT',
  tokenVerificationEnabled: false,
  logLevel: process.env.BOLT_DEBUG ? LogLevel.DEBUG : LogLevel.ERROR,
});

app.command('/certpath', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text });
});

(async () => {
  await app.start({ port, host: '127.0.0.1' });
  console.log(`bolt peer listening on 127.0.0.1:${port}`);
})();

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await app.stop();
    process.exit(0);
  });
}
