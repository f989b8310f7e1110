<?php
/*
 * bench/apps/setup.php APP SRC DEST PORT...: copies one of the trees in ../shared/apps to DEST
 * and prepares the copy for bench/apps.sh: its ports moved to the given free ones, bound to
 * 127.0.0.1, one process per role, the routes the scenarios use added. Every edit must find
 * exactly one occurrence of its text, so a changed tree fails loudly instead of measuring
 * something else. Prints nothing and exits 0 on success.
 *
 *   webman  PORT          config/process.php: one 'webman' worker on http://127.0.0.1:PORT, the
 *                         file monitor process disabled; app/controller/BenchController.php
 *                         (GET /bench/session: starts a session and writes one key)
 *   think5  PORT          config/worker.php: 127.0.0.1:PORT, worker_num 1; route GET /bench/json
 *   gwchat  WS REG INNER  Register on REG, websocket Gateway on WS (inner ports from INNER), one
 *                         gateway and one business worker; the web page process removed
 *   sio     PORT          socket.io on PORT; the web page process removed
 */

if ($argc < 5) {
    fwrite(STDERR, "usage: setup.php APP SRC DEST PORT...\n");
    exit(2);
}
[, $app, $src, $dest] = $argv;
$ports = array_map('intval', array_slice($argv, 4));

function fail(string $why): never
{
    fwrite(STDERR, "setup.php: $why\n");
    exit(1);
}

/** Replaces each key of $map, which must occur exactly once, in DEST/$file. */
function edit(string $dest, string $file, array $map): void
{
    $path = "$dest/$file";
    $text = @file_get_contents($path);
    if ($text === false) {
        fail("cannot read $path");
    }
    foreach ($map as $from => $to) {
        $n = substr_count($text, $from);
        if ($n !== 1) {
            fail("$file: expected one '$from', found $n");
        }
        $text = str_replace($from, $to, $text);
    }
    file_put_contents($path, $text);
}

function put(string $path, string $text): void
{
    if (file_put_contents($path, $text) === false) {
        fail("cannot write $path");
    }
}

if (!is_dir($src)) {
    fail("no tree at $src");
}
exec('cp -a ' . escapeshellarg($src) . ' ' . escapeshellarg($dest) . ' 2>&1', $out, $rc);
if ($rc !== 0) {
    fail('copy failed: ' . implode(' ', $out));
}

switch ($app) {
    case 'webman':
        [$port] = $ports;
        edit($dest, 'config/process.php', [
            "'listen' => 'http://0.0.0.0:8787'," => "'listen' => 'http://127.0.0.1:$port',",
            "'count' => cpu_count() * 4," => "'count' => 1,",
            "'reloadable' => false," => "'reloadable' => false,\n        'enable' => false,",
        ]);
        put("$dest/app/controller/BenchController.php", <<<'PHP'
            <?php
            namespace app\controller;

            use support\Request;

            class BenchController
            {
                public function session(Request $request)
                {
                    $request->session()->set('user', 'bench');
                    return json(['code' => 0, 'msg' => 'ok']);
                }
            }
            PHP);
        break;

    case 'think5':
        [$port] = $ports;
        edit($dest, 'config/worker.php', [
            "'host'       => '0.0.0.0'," => "'host' => '127.0.0.1',",
            "'port'       => 8080," => "'port' => $port,",
            "'worker_num' => 4," => "'worker_num' => 1,",
        ]);
        @unlink("$dest/.env");
        file_put_contents("$dest/route/app.php", <<<'PHP'

            Route::get('bench/json', function () {
                return json(['code' => 0, 'msg' => 'ok']);
            });

            PHP, FILE_APPEND);
        break;

    case 'gwchat':
        [$ws, $reg, $inner] = $ports;
        edit($dest, 'Applications/Chat/start_register.php', ['text://127.0.0.1:1236' => "text://127.0.0.1:$reg"]);
        edit($dest, 'Applications/Chat/start_gateway.php', [
            'Websocket://0.0.0.0:7272' => "Websocket://127.0.0.1:$ws",
            '$gateway->count = 2;' => '$gateway->count = 1;',
            'startPort = 2300;' => "startPort = $inner;",
            "registerAddress = '127.0.0.1:1236'" => "registerAddress = '127.0.0.1:$reg'",
        ]);
        edit($dest, 'Applications/Chat/start_businessworker.php', [
            '$worker->count = 4;' => '$worker->count = 1;',
            "registerAddress = '127.0.0.1:1236'" => "registerAddress = '127.0.0.1:$reg'",
        ]);
        if (!unlink("$dest/Applications/Chat/start_web.php")) {
            fail('cannot remove start_web.php');
        }
        break;

    case 'sio':
        [$port] = $ports;
        edit($dest, 'examples/chat/start_io.php', ['new SocketIO(2026)' => "new SocketIO($port)"]);
        edit($dest, 'examples/chat/start.php', ["require_once __DIR__ . '/start_web.php';\n" => '']);
        break;

    default:
        fail("unknown app '$app'");
}
exit(0);
