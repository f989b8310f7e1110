'use strict';
/*
 * Helpers for the node clients of tests/realclient (each test writes a small script that
 * requires this file). Every wait is bounded; on any error or timeout the script prints one
 * line and exits with status 1, so the test's exact expected output cannot match by accident.
 */
const crypto = require('crypto');
const WebSocket = require('ws');

/* Slow-down factor: under valgrind (USE_ZEND_ALLOC=0, inherited from the server) it is 20. */
const scale = process.env.USE_ZEND_ALLOC === '0' ? 20 : 1;

function fail(what) {
  console.log(`error: ${what}`);
  process.exit(1);
}

/* Rejects with "<what> timed out" unless the promise settles within ms (scaled). */
function within(ms, what, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out`)), ms * scale);
    }),
  ]).finally(() => clearTimeout(timer));
}

/*
 * Opens a ws client and resolves once it is open. The socket gets a queue of received messages
 * (next()), pongs (nextPong()) and its close event (closed()).
 */
function connect(url, options = {}) {
  const ws = new WebSocket(url, options);
  const queues = { message: [], pong: [] };
  const waiters = { message: [], pong: [] };
  let closedWith = null; // once closed, waiting for more fails at once
  const push = (kind, value) => {
    if (waiters[kind].length) {
      waiters[kind].shift().resolve(value);
    } else {
      queues[kind].push(value);
    }
  };
  const take = (kind, ms) => within(ms, `waiting for a ${kind}`, new Promise((resolve, reject) => {
    if (queues[kind].length) {
      resolve(queues[kind].shift());
    } else if (closedWith) {
      reject(new Error(`waiting for a ${kind}: closed with ${closedWith}`));
    } else {
      waiters[kind].push({ resolve, reject });
    }
  }));
  ws.on('message', (data, isBinary) => push('message', { data: Buffer.from(data), isBinary }));
  ws.on('pong', (data) => push('pong', Buffer.from(data)));
  const closedPromise = new Promise((resolve) => {
    ws.on('close', (code, reason) => {
      closedWith = `${code} ${JSON.stringify(reason.toString())}`;
      for (const kind of ['message', 'pong']) {
        for (const w of waiters[kind].splice(0)) {
          w.reject(new Error(`waiting for a ${kind}: closed with ${closedWith}`));
        }
      }
      resolve({ code, reason: reason.toString() });
    });
  });
  ws.next = (ms = 5000) => take('message', ms);
  ws.nextPong = (ms = 5000) => take('pong', ms);
  ws.pending = () => ({ messages: queues.message.length, pongs: queues.pong.length });
  ws.closed = (ms = 5000) => within(ms, 'waiting for close', closedPromise);
  ws.on('error', () => {}); // reported through 'close' (or the failed open below)
  return within(5000, `connecting to ${url}`, new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  }));
}

/* Sends and resolves when ws has handed the data to the socket. */
function send(ws, data, options = {}) {
  return new Promise((resolve, reject) => {
    ws.send(data, options, (err) => (err ? reject(err) : resolve()));
  });
}

function sha256(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/* Runs the test body, then exits; a whole-script cap keeps a stuck client from hanging. */
function main(body, capMs = 20000) {
  setTimeout(() => fail('client timed out'), capMs * scale).unref();
  body().then(() => process.exit(0), (e) => fail(e && e.message ? e.message : String(e)));
}

module.exports = { WebSocket, scale, within, connect, send, sha256, main, fail };
