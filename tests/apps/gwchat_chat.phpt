--TEST--
apps: GatewayWorker chat (workerman-chat, GatewayWorker 4.0.0): three npm ws clients log in, a broadcast reaches all, a private message only its addressee, a logout the others; the Gateway's heartbeat pings; the web page; under valgrind the chat's 10 processes run under memcheck
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
// Under valgrind the chat itself runs under memcheck (GwChat::start()).
echo WmApps::skip('gwchat', ['ws'], true);
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/gwchat.inc';

$app = GwChat::setup();
$master = GwChat::start();
echo "started: ", var_export($master > 0, true), "\n";

// The chat: JSON messages over the websocket Gateway, handled by Events.php in the business
// workers. Client ids are replaced by <name>, times by <time> (checked to be Y-m-d H:i:s).
echo WmApps::node(<<<'JS'
    H.main(async () => {
      const names = ['alice', 'bob', 'carol'];
      const c = {}, ids = {}, pings = {};
      const norm = (s) => {
        for (const n of Object.keys(ids)) s = s.split(ids[n]).join(`<${n}>`);
        return s.replace(/"time":"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"/g, '"time":"<time>"');
      };
      const next = async (n) => JSON.parse((await c[n].next(5000)).data.toString());
      // The room's list comes from sessions spread over the business workers: its order is not
      // the app's promise, its content is.
      const sorted = (m) => {
        if (m.client_list) {
          m.client_list = Object.fromEntries(Object.entries(m.client_list).sort((a, b) => a[1].localeCompare(b[1])));
        }
        return m;
      };
      const show = async (n) => {
        const m = await next(n);
        if (m.type === 'login' && m.client_name && !ids[m.client_name]) {
          console.log(`${m.client_name}'s client id: ${/^[0-9a-f]{20}$/.test(m.client_id) ? '20 hex digits' : m.client_id}`);
          ids[m.client_name] = m.client_id;
        }
        console.log(`${n} <- ${norm(JSON.stringify(sorted(m)))}`);
        return m;
      };
      for (const n of names) {
        c[n] = await H.connect(`ws://127.0.0.1:${wsPort}/`);
        // Heartbeats are counted apart from the chat messages, which next() returns.
        pings[n] = [];
        c[n].on('message', (data) => { if (data.toString() === '{"type":"ping"}') pings[n].push(Date.now()); });
        const orig = c[n].next;
        c[n].next = async (ms) => {
          const deadline = Date.now() + ms * H.scale;
          for (;;) {
            const m = await orig(Math.max(1, deadline - Date.now()) / H.scale);
            if (m.data.toString() !== '{"type":"ping"}') return m;
          }
        };
        await H.send(c[n], JSON.stringify({ type: 'login', client_name: n, room_id: '1' }));
        for (const o of names.slice(0, names.indexOf(n) + 1)) await show(o);
      }
      console.log('== broadcast');
      await H.send(c.alice, JSON.stringify({ type: 'say', to_client_id: 'all', content: 'hello <all>' }));
      for (const n of names) await show(n);
      console.log('== private');
      await H.send(c.bob, JSON.stringify({ type: 'say', to_client_id: ids.carol, to_client_name: 'carol', content: 'psst' }));
      await show('carol');
      await show('bob');
      // (alice's next message below is the logout: the private message did not reach her)
      console.log('== heartbeat');
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, 2600 * H.scale));
      for (const n of names) {
        console.log(`${n}: ${pings[n].filter((t) => t >= t0).length >= 1 ? 'pinged' : 'NO PING'}`);
      }
      console.log('== logout');
      c.carol.close(1000);
      await c.carol.closed();
      await show('alice');
      await show('bob');
      for (const n of names.slice(0, 2)) { c[n].close(1000); await c[n].closed(); }
    }, 30000);
    JS, ['wsPort' => GwChat::$ws]);

// The web page (start_web.php): index.php rendered, a static file sent as is, a 404.
$r = WmApps::http(GwChat::$web, 'GET', '/');
echo "GET /: ", $r['status'] ?? 'no answer', " ", str_contains($r['body'] ?? '', 'web_socket.js') ? 'chat page' : 'WRONG PAGE', "\n";
$js = file_get_contents("$app/Applications/Chat/Web/js/web_socket.js");
$r = WmApps::http(GwChat::$web, 'GET', '/js/web_socket.js');
echo "GET /js/web_socket.js: ", $r['status'] ?? 'no answer', " ", ($r['body'] ?? '') === $js ? 'same bytes' : 'DIFFERENT', " ", strlen($js), "\n";
$r = WmApps::http(GwChat::$web, 'GET', '/nothing-here');
echo "GET /nothing-here: ", $r['status'] ?? 'no answer', " ", $r['body'] ?? '', "\n";

$kids = WmProc::children($master);
echo "== stop\n", GwChat::stop($master, $kids);
// Under valgrind: the chat's processes made no memory error and lost no block of the extension.
$vg = WmApps::valgrindReport();
echo $vg === "valgrind: clean\n" ? '' : $vg;
?>
--EXPECTF--
started: true
alice's client id: 20 hex digits
alice <- {"type":"login","client_id":"<alice>","client_name":"alice","time":"<time>","client_list":{"<alice>":"alice"}}
bob's client id: 20 hex digits
alice <- {"type":"login","client_id":"<bob>","client_name":"bob","time":"<time>"}
bob <- {"type":"login","client_id":"<bob>","client_name":"bob","time":"<time>","client_list":{"<alice>":"alice","<bob>":"bob"}}
carol's client id: 20 hex digits
alice <- {"type":"login","client_id":"<carol>","client_name":"carol","time":"<time>"}
bob <- {"type":"login","client_id":"<carol>","client_name":"carol","time":"<time>"}
carol <- {"type":"login","client_id":"<carol>","client_name":"carol","time":"<time>","client_list":{"<alice>":"alice","<bob>":"bob","<carol>":"carol"}}
== broadcast
alice <- {"type":"say","from_client_id":"<alice>","from_client_name":"alice","to_client_id":"all","content":"hello &lt;all&gt;","time":"<time>"}
bob <- {"type":"say","from_client_id":"<alice>","from_client_name":"alice","to_client_id":"all","content":"hello &lt;all&gt;","time":"<time>"}
carol <- {"type":"say","from_client_id":"<alice>","from_client_name":"alice","to_client_id":"all","content":"hello &lt;all&gt;","time":"<time>"}
== private
carol <- {"type":"say","from_client_id":"<bob>","from_client_name":"bob","to_client_id":"<carol>","content":"<b>对你说: </b>psst","time":"<time>"}
bob <- {"type":"say","from_client_id":"<bob>","from_client_name":"bob","to_client_id":"<carol>","content":"<b>你对carol说: </b>psst","time":"<time>"}
== heartbeat
alice: pinged
bob: pinged
carol: pinged
== logout
alice <- {"type":"logout","from_client_id":"<carol>","from_client_name":"carol","time":"<time>"}
bob <- {"type":"logout","from_client_id":"<carol>","from_client_name":"carol","time":"<time>"}
GET /: 200 chat page
GET /js/web_socket.js: 200 same bytes %d
GET /nothing-here: 404 <h3>404 Not Found</h3>
== stop
Workerman[start.php] stop
Workerman[start.php] is stopping ...
Workerman[start.php] stop success
all gone: true
