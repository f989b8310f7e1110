--TEST--
Timer::add() and Timer::delay() accept every callable form; a non-callable is a TypeError
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/harness.inc';
use Workerman\Worker;
use Workerman\Timer;

$GLOBALS['ran'] = [];

function timer_fn($form) { $GLOBALS['ran'][] = "$form"; }

class Handler
{
    public function method($form) { $GLOBALS['ran'][] = "$form"; }
    public static function smethod($form) { $GLOBALS['ran'][] = "$form"; }
    public function __invoke($form) { $GLOBALS['ran'][] = "$form"; }
    public function register(): void
    {
        Timer::add(0.01, [$this, 'method'], ['this-array'], false);
        Timer::add(0.01, $this->method(...), ['this-first-class'], false);
        Timer::add(0.01, [static::class, 'smethod'], ['static-array'], false);
        Timer::add(0.01, function ($form) { $this->method($form); }, ['bound-closure'], false);
    }
}

WmTest::setup();
$w = new Worker();
$w->onWorkerStart = function () {
    WmTest::guard();
    $h = new Handler();
    $forms = [
        'closure' => function ($form) { $GLOBALS['ran'][] = $form; },
        'arrow' => fn ($form) => $GLOBALS['ran'][] = $form,
        'function-name' => 'timer_fn',
        'object-method' => [$h, 'method'],
        'class-method-string' => 'Handler::smethod',
        'class-method-array' => [Handler::class, 'smethod'],
        'invokable' => $h,
        'first-class-function' => timer_fn(...),
        'first-class-method' => $h->method(...),
        'first-class-static' => Handler::smethod(...),
        'closure-fromCallable' => Closure::fromCallable([$h, 'method']),
    ];
    foreach ($forms as $form => $cb) {
        Timer::add(0.01, $cb, [$form], false);
        Timer::delay(0.01, $cb, ["delay:$form"]);
    }
    $h->register();
    // The args array may use string keys: they become named arguments.
    Timer::add(0.01, function ($a, $b) { $GLOBALS['ran'][] = "named:$a$b"; }, ['b' => 2, 'a' => 1], false);

    foreach (['no_such_function', [new Handler(), 'nope'], 'Handler::nope', 42, ['Handler']] as $bad) {
        try {
            Timer::add(0.01, $bad);
            echo "accepted\n";
        } catch (TypeError $e) {
            echo get_class($e), "\n";
        }
    }
    $total = 2 * count($forms) + 4 + 1;
    WmTest::when(fn () => count($GLOBALS['ran']) >= $total, function () {
        // One more loop turn: none of them may run twice.
        Timer::add(0.03, function () {
            sort($GLOBALS['ran']);
            echo implode("\n", $GLOBALS['ran']), "\n";
            WmTest::stop();
        }, [], false);
    });
};
Worker::runAll();
?>
--EXPECT--
TypeError
TypeError
TypeError
TypeError
TypeError
arrow
bound-closure
class-method-array
class-method-string
closure
closure-fromCallable
delay:arrow
delay:class-method-array
delay:class-method-string
delay:closure
delay:closure-fromCallable
delay:first-class-function
delay:first-class-method
delay:first-class-static
delay:function-name
delay:invokable
delay:object-method
first-class-function
first-class-method
first-class-static
function-name
invokable
named:12
object-method
static-array
this-array
this-first-class
