--TEST--
apps: ThinkPHP 8 + think-worker 5.0 `php think worker` with websocket.enable: websocket on the HTTP port (upgraded by think-worker through the connection's context), echo, a room push reaching the room's members only (across the http server processes, through the conduit), the default Handler's JSON events and a protocol ping; SIGINT
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/apps.inc';
echo WmApps::skip('think5', ['ws'], false, 'think-worker 5 is not run under memcheck (think_http.phpt covers ThinkPHP there)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/think5.inc';

$app = Think5::setup(true, false);
$master = Think5::start(3);
echo 'started: ', var_export($master > 0, true), "\n";
if (!$master) {
    exit;
}
$kids = WmProc::children($master);

echo "== HTTP on the same port\n";
$r = Think5::http('GET', '/hello/ws');
echo $r ? "{$r['status']} {$r['body']}" : 'no answer', "\n";
// An upgrade request to a route that is no websocket: think-worker closes without an answer.
[$bytes, $closed] = Think5::exchange(Think5::request('GET', '/test/pid', ['Connection' => 'Upgrade', 'Upgrade' => 'websocket',
    'Sec-WebSocket-Key' => base64_encode(random_bytes(16)), 'Sec-WebSocket-Version' => '13']));
echo 'upgrade to a plain route: ', json_encode($bytes), ', closed: ', var_export($closed, true), "\n";

echo WmApps::node(<<<'JS'
    H.main(async () => {
      const url = (path) => `ws://127.0.0.1:${port}${path}`;
      const text = async (ws) => (await ws.next()).data.toString();

      console.log('== echo');
      const e = await H.connect(url('/ws/echo'));
      await H.send(e, 'hello');
      console.log(`echo: ${await text(e)}`);
      const big = 'x'.repeat(100000) + 'end';
      await H.send(e, big);
      const m = await e.next();
      console.log(`100 KB echo: ${m.data.length} bytes, same: ${m.data.toString() === big}, binary: ${m.isBinary}`);
      e.ping('hb');
      console.log(`protocol ping: pong ${(await e.nextPong()).toString()}`);
      e.close(1000);
      console.log(`closed: ${(await e.closed()).code}`);

      console.log('== rooms');
      const join = async (room) => {
        const ws = await H.connect(url('/ws/room'));
        await H.send(ws, JSON.stringify({ type: 'join', data: room }));
        const j = JSON.parse(await text(ws));
        return [ws, j];
      };
      const c = {};
      let j;
      [c.a, j] = await join('red');
      console.log(`a: ${JSON.stringify([j.type, j.data[0]])}`);
      const pidA = j.data[1];
      // b in the other http server process than a (connections are spread by the kernel), so
      // that the room's push crosses processes through the conduit.
      let other = false;
      for (let i = 0; i < 20 && !other; i++) {
        [c.b, j] = await join('red');
        other = j.data[1] !== pidA;
        if (!other && i < 19) {
          c.b.close(1000);
          await c.b.closed();
        }
      }
      console.log(`b: ${JSON.stringify([j.type, j.data[0]])}, in the other process: ${other}`);
      [c.c, j] = await join('blue');
      console.log(`c: ${JSON.stringify([j.type, j.data[0]])}`);
      // The default Handler's JSON events; also the barrier after which nothing else is queued.
      const ping = async (n, v) => {
        await H.send(c[n], JSON.stringify({ type: 'ping', data: v }));
        console.log(`${n} ping ${v}: ${await text(c[n])}`);
      };
      await H.send(c.a, JSON.stringify({ type: 'say', data: { room: 'red', text: 'hi red' } }));
      console.log(`a: ${await text(c.a)}`);
      console.log(`b: ${await text(c.b)}`);
      await ping('c', 1);
      await H.send(c.c, JSON.stringify({ type: 'say', data: { room: 'blue', text: 'hi blue' } }));
      console.log(`c: ${await text(c.c)}`);
      await ping('a', 2);
      await ping('b', 3);
      await new Promise((r) => setTimeout(r, 300 * H.scale));
      console.log(`nothing else: ${JSON.stringify(['a', 'b', 'c'].map((n) => c[n].pending().messages))}`);

      console.log('== after a leaves');
      c.a.close(1000);
      await c.a.closed();
      await H.send(c.b, JSON.stringify({ type: 'say', data: { room: 'red', text: 'still here' } }));
      console.log(`b: ${await text(c.b)}`);
      for (const n of ['b', 'c']) { c[n].close(1000); await c[n].closed(); }
    }, 30000);
    JS, ['port' => Think5::$port]);

echo "== SIGINT\n";
echo Think5::interrupt($master, $kids);
echo 'port closed: ', var_export(WmApps::waitPorts([Think5::$port], 10.0, true), true), "\n";
?>
--EXPECT--
started: true
== HTTP on the same port
200 hello,ws
upgrade to a plain route: "", closed: true
== echo
echo: hello
100 KB echo: 100003 bytes, same: true, binary: false
protocol ping: pong hb
closed: 1000
== rooms
a: ["joined","red"]
b: ["joined","red"], in the other process: true
c: ["joined","blue"]
a: {"type":"said","data":["red","hi red"]}
b: {"type":"said","data":["red","hi red"]}
c ping 1: {"type":"pong","data":[1]}
c: {"type":"said","data":["blue","hi blue"]}
a ping 2: {"type":"pong","data":[2]}
b ping 3: {"type":"pong","data":[3]}
nothing else: [0,0,0]
== after a leaves
b: {"type":"said","data":["red","still here"]}
== SIGINT
Workerman[think] received signal SIGINT
Workerman[think] stopping
Workerman[think] has been stopped
all gone: true
port closed: true
