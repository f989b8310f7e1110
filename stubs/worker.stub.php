<?php

/**
 * Workerman\Worker: the listener + process group + callbacks of upstream Workerman 5.x.
 * Methods that applications override (run, listen, stop, init, parseCommand, ...) have no
 * return type, so that both 4.x-style and 5.x-style subclasses load.
 *
 * @generate-class-entries
 */

namespace Workerman {

    #[\AllowDynamicProperties]
    class Worker
    {
        /** @var string */
        /* Not final (5.x's is): GatewayWorker 3.x's Gateway and BusinessWorker declare their own
         * VERSION, as Workerman 3.x/4.x allowed. */
        public const VERSION = "5.2.2";
        /** @var int */
        public const STATUS_INITIAL = 0;
        /** @var int */
        public const STATUS_STARTING = 1;
        /** @var int */
        public const STATUS_RUNNING = 2;
        /** @var int */
        public const STATUS_SHUTDOWN = 4;
        /** @var int */
        public const STATUS_RELOADING = 8;
        /** @var int */
        public const DEFAULT_BACKLOG = 102400;
        /** @var int */
        public const UI_SAFE_LENGTH = 4;

        public int $id = 0;
        /**
         * Untyped (5.x declares string): GatewayWorker 3.x's Register and Gateway, written for
         * Workerman 3.x/4.x, redeclare $name and $reloadable without a type, which a typed parent
         * property would make a fatal error.
         * @var string
         */
        public $name = "none";
        public int $count = 1;
        public string $user = "";
        public string $group = "";
        /** @var bool (untyped: see $name) */
        public $reloadable = true;
        public bool $reusePort = false;
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onWebSocketConnect = null;
        /** @var callable|null */
        public $onWebSocketConnected = null;
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onClose = null;
        /** @var callable|null */
        public $onError = null;
        /** @var callable|null */
        public $onBufferFull = null;
        /** @var callable|null */
        public $onBufferDrain = null;
        /** @var callable|null */
        public $onWorkerStop = null;
        /** @var callable|null */
        public $onWorkerReload = null;
        public string $transport = "tcp";
        /** @var Connection\TcpConnection[] */
        public array $connections = [];
        public ?string $protocol = null;
        protected ?bool $pauseAccept = null;
        public bool $stopping = false;
        public ?string $eventLoop = null;

        public static bool $daemonize = false;
        /** @var resource|null */
        public static $outputStream = null;
        public static string $stdoutFile = "/dev/null";
        public static string $pidFile = "";
        public static string $statusFile = "";
        public static string $logFile = "";
        public static int $logFileMaxSize = 10485760;
        public static ?Events\EventInterface $globalEvent = null;
        /** @var callable|null */
        public static $onMasterReload = null;
        /** @var callable|null */
        public static $onMasterStop = null;
        /** @var callable|null */
        public static $onWorkerExit = null;
        public static ?string $eventLoopClass = null;
        public static int $stopTimeout = 2;
        public static string $command = "";
        /** ext-workerman: where the master serves GET /metrics (Prometheus text format), e.g.
         * "http://127.0.0.1:9100"; "" uses ini workerman.metrics_listen ("" by default: off). */
        public static string $metricsListen = "";

        protected static int $masterPid = 0;
        /** @var resource|null */
        protected $mainSocket = null;
        protected string $socketName = "";
        /** @var resource|null */
        protected $socketContext = null;
        /**
         * Public and untyped (5.x: protected stdClass): Workerman 3.x/4.x had no such property, so
         * code written for them (think-worker 4.0's worker:gateway copies every config key,
         * "context" included, onto the worker) writes it from outside.
         * @var \stdClass
         */
        public $context;
        /** @var Worker[] */
        protected static array $workers = [];
        protected static array $pidMap = [];
        protected static array $pidsToRestart = [];
        protected static array $idMap = [];
        protected static int $status = 0;
        protected static array $uiLengthData = [];
        protected static string $statisticsFile = "";
        protected static string $connectionsFile = "";
        protected static string $startFile = "";
        protected static array $globalStatistics = [];
        protected static bool $gracefulStop = false;
        protected static ?bool $outputDecorated = null;
        protected ?string $workerId = null;

        public function __construct(?string $socketName = null, array $socketContext = []) {}

        /** @return void */
        public static function runAll() {}

        /** @return void */
        public static function stopAll(int $code = 0, mixed $log = "") {}

        /** @return Worker[] */
        public static function getAllWorkers() {}

        /** @return Events\EventInterface */
        public static function getEventLoop() {}

        /** @return int */
        public static function getStatus() {}

        /** @return bool */
        public static function getGracefulStop() {}

        /** @return bool */
        public static function isRunning() {}

        /** @return array */
        public static function getArgv() {}

        /** @return void */
        /* 5.x's second parameter, bool $decorated = false, is read but not declared: Workerman
         * 3.x/4.x subclasses (GatewayWorker 3.x's Gateway) override log($msg), which a declared
         * second parameter would make a fatal error. */
        public static function log(\Stringable|string $msg) {}

        /** @return void */
        public static function safeEcho(string $msg, bool $decorated = false) {}

        /** @return array */
        public static function getUiColumns() {}

        /** @return int */
        public static function getSingleLineTotalLength() {}

        /** @return void */
        public static function resetStd(bool $throwException = true) {}

        /** @return void */
        protected static function checkSapiEnv() {}

        /** @return void */
        protected static function initStdOut() {}

        /** @return void */
        protected static function init() {}

        /** @return void */
        protected static function parseCommand() {}

        /** @return void */
        protected static function checkPortAvailable() {}

        /** @return void */
        protected static function lock(int $flag = LOCK_EX) {}

        /** @return void */
        protected static function daemonize() {}

        /** @return void */
        protected static function initWorkers() {}

        /** @return void */
        protected static function installSignal() {}

        /** @return void */
        protected static function saveMasterPid() {}

        /** @return void */
        protected static function displayUI() {}

        /** @return void */
        protected static function forkWorkers() {}

        /** @return void */
        protected static function monitorWorkers() {}

        /** @return void */
        public function listen(bool $autoAccept = true) {}

        /** @return void */
        public function unlisten() {}

        /** @return void */
        public function pauseAccept() {}

        /** @return void */
        public function resumeAccept() {}

        /** @return string */
        public function getSocketName() {}

        /** @return resource|null */
        public function getMainSocket() {}

        /** @return void */
        public function run() {}

        /** @return void */
        public function stop(bool $force = true) {}

        /** @return void */
        public function setUserAndGroup() {}

        /* Upstream 5.x's protected steps and helpers, over the native process model
         * (src/php/process_api.c). An override of signalHandler() or reload() is called by the
         * master and the worker processes, as upstream's static:: calls would. */

        /** @return void */
        protected static function initGlobalEvent() {}

        /** @return void */
        protected static function initId() {}

        /** @return false|int|string */
        protected static function getId(string $workerId, int $pid) {}

        /** @return string */
        protected static function getCurrentUser() {}

        /** @return string */
        protected static function getVersionLine() {}

        /** @return string */
        protected static function formatProcessStatusData() {}

        /** @return string */
        protected static function formatConnectionStatusData() {}

        /** @return void */
        protected static function reinstallSignal() {}

        /** @return void */
        protected static function signalHandler(int $signal) {}

        /** @return string */
        protected static function getSignalName(int $signal) {}

        /** @return void */
        protected static function forkWorkersForLinux() {}

        /** @return void */
        protected static function forkOneWorkerForLinux(Worker $worker) {}

        /** @return void */
        protected static function setProcessTitle(string $title) {}

        /** @return void */
        protected static function monitorWorkersForLinux() {}

        /** @return void */
        protected static function exitAndClearAll() {}

        /** @return void */
        protected static function reload() {}

        /** @return array<int, int> */
        protected static function getAllWorkerPids() {}

        /** @return void */
        protected static function checkIfChildRunning() {}

        /**
         * @param string $name
         * @return int
         */
        protected static function getUiColumnLength($name) {}

        /** @return void */
        protected static function writeStatisticsToStatusFile() {}

        /** @return void */
        protected static function writeConnectionsStatisticsToStatusFile() {}

        /** @return void */
        protected static function checkErrors() {}

        /** @return string */
        protected static function getErrorType(int $type) {}

        /** @return string|null */
        protected function parseSocketAddress() {}

        /**
         * @param resource $socket
         * @return void
         */
        protected function acceptTcpConnection(mixed $socket) {}

        /**
         * @param resource $socket
         * @return void
         */
        protected function acceptUdpConnection(mixed $socket) {}

        /** @return bool */
        protected static function checkMasterIsAlive(int $masterPid) {}
    }
}
