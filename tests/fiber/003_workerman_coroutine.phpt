--TEST--
workerman/coroutine on the native Fiber loop: Coroutine::create runs children concurrently, WaitGroup, Channel (waiting pop and push), Barrier, Context per coroutine, Locker, Pool
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php require __DIR__ . '/coroutine.inc'; echo wm_coroutine_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
require __DIR__ . '/coroutine.inc';
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Coroutine;
use Workerman\Coroutine\Barrier;
use Workerman\Coroutine\Channel;
use Workerman\Coroutine\Context;
use Workerman\Coroutine\Locker;
use Workerman\Coroutine\Pool;
use Workerman\Coroutine\WaitGroup;

WmTest::setup();
Worker::$eventLoopClass = Workerman\Events\Fiber::class;
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $log = [];
    echo 'in coroutine: ', json_encode(Coroutine::isCoroutine()), "\n";

    // Two children that sleep 0.15 s and 0.05 s: the second finishes first, both within the
    // parent's one wait.
    $wg = new WaitGroup();
    $chan = new Channel(2);
    foreach (['one' => 0.15, 'two' => 0.05] as $name => $delay) {
        $wg->add();
        Coroutine::create(function () use ($wg, $chan, $name, $delay) {
            Timer::sleep($delay);
            $chan->push($name);
            $wg->done();
        });
    }
    echo 'children started, wait: ', json_encode($wg->wait(2)), "\n";
    echo 'channel order: ', $chan->pop(), ' ', $chan->pop(), "\n";

    // A pop that waits for a later push.
    $c2 = new Channel(1);
    Coroutine::create(function () use ($c2) {
        Timer::sleep(0.02);
        $c2->push('late value');
    });
    echo 'waiting pop: ', $c2->pop(1), "\n";
    echo 'pop timeout: ', json_encode($c2->pop(0.05)), "\n";

    // Context is per coroutine.
    Context::set('who', 'parent');
    $cwg = new WaitGroup();
    $cwg->add();
    Coroutine::create(function () use ($cwg) {
        echo 'child context before set: ', json_encode(Context::get('who')), "\n";
        Context::set('who', 'child');
        Timer::sleep(0.01);
        echo 'child context: ', Context::get('who'), "\n";
        $cwg->done();
    });
    $cwg->wait();
    echo 'parent context: ', Context::get('who'), "\n";

    // Barrier: wait() returns once every coroutine holding it is done.
    $barrier = Barrier::create();
    $done = [];
    foreach ([0.03, 0.01] as $i => $delay) {
        Coroutine::create(function () use ($barrier, $delay, $i, &$done) {
            Timer::sleep($delay);
            $done[] = $i;
        });
    }
    Barrier::wait($barrier);
    echo 'barrier done: ', json_encode($done), "\n";

    // Locker: the second coroutine waits for the first one's unlock.
    $lwg = new WaitGroup();
    foreach (['A', 'B'] as $name) {
        $lwg->add();
        Coroutine::create(function () use ($name, &$log, $lwg) {
            Locker::lock('k');
            $log[] = "$name locked";
            Timer::sleep(0.02);
            $log[] = "$name unlocks";
            Locker::unlock('k');
            $lwg->done();
        });
    }
    $lwg->wait(2);
    echo 'locker: ', implode(', ', $log), "\n";

    // Pool: at most 1 connection; a second get() waits for the put().
    $pool = new Pool(1);
    $made = 0;
    $pool->setConnectionCreator(function () use (&$made) { return (object)['n' => ++$made]; });
    $conn = $pool->get();
    $pwg = new WaitGroup();
    $pwg->add();
    Coroutine::create(function () use ($pool, $pwg) {
        $c = $pool->get();
        echo 'second get got connection ', $c->n, "\n";
        $pool->put($c);
        $pwg->done();
    });
    Timer::sleep(0.02);
    echo "first put\n";
    $pool->put($conn);
    $pwg->wait(2);
    echo 'connections made: ', $made, "\n";
    WmTest::stop();
};
Worker::runAll();
?>
--EXPECT--
in coroutine: true
children started, wait: true
channel order: two one
waiting pop: late value
pop timeout: false
child context before set: null
child context: child
parent context: parent
barrier done: [1,0]
locker: A locked, A unlocks, B locked, B unlocks
first put
second get got connection 1
connections made: 1
