/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c5c9e59f9e4636a6725cd0d0c7b601e5e6499565 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socketName, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socketContext, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_runAll, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_stopAll, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, code, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, log, IS_MIXED, 0, "\"\"")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_getAllWorkers arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getEventLoop arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getStatus arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getGracefulStop arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_isRunning arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getArgv arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_log, 0, 0, 1)
	ZEND_ARG_OBJ_TYPE_MASK(0, msg, Stringable, MAY_BE_STRING, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_safeEcho, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, msg, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, decorated, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_getUiColumns arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getSingleLineTotalLength arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_resetStd, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, throwException, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_checkSapiEnv arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_initStdOut arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_init arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_parseCommand arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_checkPortAvailable arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_lock, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flag, IS_LONG, 0, "LOCK_EX")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_daemonize arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_initWorkers arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_installSignal arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_saveMasterPid arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_displayUI arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_forkWorkers arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_monitorWorkers arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_listen, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, autoAccept, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_unlisten arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_pauseAccept arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_resumeAccept arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getSocketName arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getMainSocket arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_run arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_stop, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, force, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_setUserAndGroup arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_initGlobalEvent arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_initId arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_getId, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, workerId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, pid, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_getCurrentUser arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getVersionLine arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_formatProcessStatusData arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_formatConnectionStatusData arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_reinstallSignal arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_signalHandler, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, signal, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_getSignalName arginfo_class_Workerman_Worker_signalHandler

#define arginfo_class_Workerman_Worker_forkWorkersForLinux arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_forkOneWorkerForLinux, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, worker, Workerman\\Worker, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_setProcessTitle, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, title, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_monitorWorkersForLinux arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_exitAndClearAll arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_reload arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_getAllWorkerPids arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_checkIfChildRunning arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_getUiColumnLength, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_writeStatisticsToStatusFile arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_writeConnectionsStatisticsToStatusFile arginfo_class_Workerman_Worker_runAll

#define arginfo_class_Workerman_Worker_checkErrors arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_getErrorType, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, type, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_parseSocketAddress arginfo_class_Workerman_Worker_runAll

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_acceptTcpConnection, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, socket, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Workerman_Worker_acceptUdpConnection arginfo_class_Workerman_Worker_acceptTcpConnection

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Workerman_Worker_checkMasterIsAlive, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, masterPid, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Workerman_Worker, __construct);
ZEND_METHOD(Workerman_Worker, runAll);
ZEND_METHOD(Workerman_Worker, stopAll);
ZEND_METHOD(Workerman_Worker, getAllWorkers);
ZEND_METHOD(Workerman_Worker, getEventLoop);
ZEND_METHOD(Workerman_Worker, getStatus);
ZEND_METHOD(Workerman_Worker, getGracefulStop);
ZEND_METHOD(Workerman_Worker, isRunning);
ZEND_METHOD(Workerman_Worker, getArgv);
ZEND_METHOD(Workerman_Worker, log);
ZEND_METHOD(Workerman_Worker, safeEcho);
ZEND_METHOD(Workerman_Worker, getUiColumns);
ZEND_METHOD(Workerman_Worker, getSingleLineTotalLength);
ZEND_METHOD(Workerman_Worker, resetStd);
ZEND_METHOD(Workerman_Worker, checkSapiEnv);
ZEND_METHOD(Workerman_Worker, initStdOut);
ZEND_METHOD(Workerman_Worker, init);
ZEND_METHOD(Workerman_Worker, parseCommand);
ZEND_METHOD(Workerman_Worker, checkPortAvailable);
ZEND_METHOD(Workerman_Worker, lock);
ZEND_METHOD(Workerman_Worker, daemonize);
ZEND_METHOD(Workerman_Worker, initWorkers);
ZEND_METHOD(Workerman_Worker, installSignal);
ZEND_METHOD(Workerman_Worker, saveMasterPid);
ZEND_METHOD(Workerman_Worker, displayUI);
ZEND_METHOD(Workerman_Worker, forkWorkers);
ZEND_METHOD(Workerman_Worker, monitorWorkers);
ZEND_METHOD(Workerman_Worker, listen);
ZEND_METHOD(Workerman_Worker, unlisten);
ZEND_METHOD(Workerman_Worker, pauseAccept);
ZEND_METHOD(Workerman_Worker, resumeAccept);
ZEND_METHOD(Workerman_Worker, getSocketName);
ZEND_METHOD(Workerman_Worker, getMainSocket);
ZEND_METHOD(Workerman_Worker, run);
ZEND_METHOD(Workerman_Worker, stop);
ZEND_METHOD(Workerman_Worker, setUserAndGroup);
ZEND_METHOD(Workerman_Worker, initGlobalEvent);
ZEND_METHOD(Workerman_Worker, initId);
ZEND_METHOD(Workerman_Worker, getId);
ZEND_METHOD(Workerman_Worker, getCurrentUser);
ZEND_METHOD(Workerman_Worker, getVersionLine);
ZEND_METHOD(Workerman_Worker, formatProcessStatusData);
ZEND_METHOD(Workerman_Worker, formatConnectionStatusData);
ZEND_METHOD(Workerman_Worker, reinstallSignal);
ZEND_METHOD(Workerman_Worker, signalHandler);
ZEND_METHOD(Workerman_Worker, getSignalName);
ZEND_METHOD(Workerman_Worker, forkWorkersForLinux);
ZEND_METHOD(Workerman_Worker, forkOneWorkerForLinux);
ZEND_METHOD(Workerman_Worker, setProcessTitle);
ZEND_METHOD(Workerman_Worker, monitorWorkersForLinux);
ZEND_METHOD(Workerman_Worker, exitAndClearAll);
ZEND_METHOD(Workerman_Worker, reload);
ZEND_METHOD(Workerman_Worker, getAllWorkerPids);
ZEND_METHOD(Workerman_Worker, checkIfChildRunning);
ZEND_METHOD(Workerman_Worker, getUiColumnLength);
ZEND_METHOD(Workerman_Worker, writeStatisticsToStatusFile);
ZEND_METHOD(Workerman_Worker, writeConnectionsStatisticsToStatusFile);
ZEND_METHOD(Workerman_Worker, checkErrors);
ZEND_METHOD(Workerman_Worker, getErrorType);
ZEND_METHOD(Workerman_Worker, parseSocketAddress);
ZEND_METHOD(Workerman_Worker, acceptTcpConnection);
ZEND_METHOD(Workerman_Worker, acceptUdpConnection);
ZEND_METHOD(Workerman_Worker, checkMasterIsAlive);


static const zend_function_entry class_Workerman_Worker_methods[] = {
	ZEND_ME(Workerman_Worker, __construct, arginfo_class_Workerman_Worker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, runAll, arginfo_class_Workerman_Worker_runAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, stopAll, arginfo_class_Workerman_Worker_stopAll, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getAllWorkers, arginfo_class_Workerman_Worker_getAllWorkers, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getEventLoop, arginfo_class_Workerman_Worker_getEventLoop, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getStatus, arginfo_class_Workerman_Worker_getStatus, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getGracefulStop, arginfo_class_Workerman_Worker_getGracefulStop, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, isRunning, arginfo_class_Workerman_Worker_isRunning, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getArgv, arginfo_class_Workerman_Worker_getArgv, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, log, arginfo_class_Workerman_Worker_log, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, safeEcho, arginfo_class_Workerman_Worker_safeEcho, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getUiColumns, arginfo_class_Workerman_Worker_getUiColumns, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getSingleLineTotalLength, arginfo_class_Workerman_Worker_getSingleLineTotalLength, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, resetStd, arginfo_class_Workerman_Worker_resetStd, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, checkSapiEnv, arginfo_class_Workerman_Worker_checkSapiEnv, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, initStdOut, arginfo_class_Workerman_Worker_initStdOut, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, init, arginfo_class_Workerman_Worker_init, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, parseCommand, arginfo_class_Workerman_Worker_parseCommand, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, checkPortAvailable, arginfo_class_Workerman_Worker_checkPortAvailable, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, lock, arginfo_class_Workerman_Worker_lock, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, daemonize, arginfo_class_Workerman_Worker_daemonize, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, initWorkers, arginfo_class_Workerman_Worker_initWorkers, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, installSignal, arginfo_class_Workerman_Worker_installSignal, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, saveMasterPid, arginfo_class_Workerman_Worker_saveMasterPid, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, displayUI, arginfo_class_Workerman_Worker_displayUI, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, forkWorkers, arginfo_class_Workerman_Worker_forkWorkers, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, monitorWorkers, arginfo_class_Workerman_Worker_monitorWorkers, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, listen, arginfo_class_Workerman_Worker_listen, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, unlisten, arginfo_class_Workerman_Worker_unlisten, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, pauseAccept, arginfo_class_Workerman_Worker_pauseAccept, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, resumeAccept, arginfo_class_Workerman_Worker_resumeAccept, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, getSocketName, arginfo_class_Workerman_Worker_getSocketName, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, getMainSocket, arginfo_class_Workerman_Worker_getMainSocket, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, run, arginfo_class_Workerman_Worker_run, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, stop, arginfo_class_Workerman_Worker_stop, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, setUserAndGroup, arginfo_class_Workerman_Worker_setUserAndGroup, ZEND_ACC_PUBLIC)
	ZEND_ME(Workerman_Worker, initGlobalEvent, arginfo_class_Workerman_Worker_initGlobalEvent, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, initId, arginfo_class_Workerman_Worker_initId, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getId, arginfo_class_Workerman_Worker_getId, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getCurrentUser, arginfo_class_Workerman_Worker_getCurrentUser, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getVersionLine, arginfo_class_Workerman_Worker_getVersionLine, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, formatProcessStatusData, arginfo_class_Workerman_Worker_formatProcessStatusData, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, formatConnectionStatusData, arginfo_class_Workerman_Worker_formatConnectionStatusData, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, reinstallSignal, arginfo_class_Workerman_Worker_reinstallSignal, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, signalHandler, arginfo_class_Workerman_Worker_signalHandler, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getSignalName, arginfo_class_Workerman_Worker_getSignalName, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, forkWorkersForLinux, arginfo_class_Workerman_Worker_forkWorkersForLinux, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, forkOneWorkerForLinux, arginfo_class_Workerman_Worker_forkOneWorkerForLinux, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, setProcessTitle, arginfo_class_Workerman_Worker_setProcessTitle, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, monitorWorkersForLinux, arginfo_class_Workerman_Worker_monitorWorkersForLinux, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, exitAndClearAll, arginfo_class_Workerman_Worker_exitAndClearAll, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, reload, arginfo_class_Workerman_Worker_reload, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getAllWorkerPids, arginfo_class_Workerman_Worker_getAllWorkerPids, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, checkIfChildRunning, arginfo_class_Workerman_Worker_checkIfChildRunning, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getUiColumnLength, arginfo_class_Workerman_Worker_getUiColumnLength, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, writeStatisticsToStatusFile, arginfo_class_Workerman_Worker_writeStatisticsToStatusFile, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, writeConnectionsStatisticsToStatusFile, arginfo_class_Workerman_Worker_writeConnectionsStatisticsToStatusFile, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, checkErrors, arginfo_class_Workerman_Worker_checkErrors, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, getErrorType, arginfo_class_Workerman_Worker_getErrorType, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_ME(Workerman_Worker, parseSocketAddress, arginfo_class_Workerman_Worker_parseSocketAddress, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Worker, acceptTcpConnection, arginfo_class_Workerman_Worker_acceptTcpConnection, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Worker, acceptUdpConnection, arginfo_class_Workerman_Worker_acceptUdpConnection, ZEND_ACC_PROTECTED)
	ZEND_ME(Workerman_Worker, checkMasterIsAlive, arginfo_class_Workerman_Worker_checkMasterIsAlive, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Workerman_Worker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Workerman", "Worker", class_Workerman_Worker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES;

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("5.2.2", strlen("5.2.2"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_STATUS_INITIAL_value;
	ZVAL_LONG(&const_STATUS_INITIAL_value, 0);
	zend_string *const_STATUS_INITIAL_name = zend_string_init_interned("STATUS_INITIAL", sizeof("STATUS_INITIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_INITIAL_name, &const_STATUS_INITIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_INITIAL_name);

	zval const_STATUS_STARTING_value;
	ZVAL_LONG(&const_STATUS_STARTING_value, 1);
	zend_string *const_STATUS_STARTING_name = zend_string_init_interned("STATUS_STARTING", sizeof("STATUS_STARTING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_STARTING_name, &const_STATUS_STARTING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_STARTING_name);

	zval const_STATUS_RUNNING_value;
	ZVAL_LONG(&const_STATUS_RUNNING_value, 2);
	zend_string *const_STATUS_RUNNING_name = zend_string_init_interned("STATUS_RUNNING", sizeof("STATUS_RUNNING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_RUNNING_name, &const_STATUS_RUNNING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_RUNNING_name);

	zval const_STATUS_SHUTDOWN_value;
	ZVAL_LONG(&const_STATUS_SHUTDOWN_value, 4);
	zend_string *const_STATUS_SHUTDOWN_name = zend_string_init_interned("STATUS_SHUTDOWN", sizeof("STATUS_SHUTDOWN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_SHUTDOWN_name, &const_STATUS_SHUTDOWN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_SHUTDOWN_name);

	zval const_STATUS_RELOADING_value;
	ZVAL_LONG(&const_STATUS_RELOADING_value, 8);
	zend_string *const_STATUS_RELOADING_name = zend_string_init_interned("STATUS_RELOADING", sizeof("STATUS_RELOADING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_RELOADING_name, &const_STATUS_RELOADING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_RELOADING_name);

	zval const_DEFAULT_BACKLOG_value;
	ZVAL_LONG(&const_DEFAULT_BACKLOG_value, 102400);
	zend_string *const_DEFAULT_BACKLOG_name = zend_string_init_interned("DEFAULT_BACKLOG", sizeof("DEFAULT_BACKLOG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_BACKLOG_name, &const_DEFAULT_BACKLOG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_BACKLOG_name);

	zval const_UI_SAFE_LENGTH_value;
	ZVAL_LONG(&const_UI_SAFE_LENGTH_value, 4);
	zend_string *const_UI_SAFE_LENGTH_name = zend_string_init_interned("UI_SAFE_LENGTH", sizeof("UI_SAFE_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UI_SAFE_LENGTH_name, &const_UI_SAFE_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UI_SAFE_LENGTH_name);

	zval property_id_default_value;
	ZVAL_LONG(&property_id_default_value, 0);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_typed_property(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_id_name);

	zval property_name_default_value;
	zend_string *property_name_default_value_str = zend_string_init("none", strlen("none"), 1);
	ZVAL_STR(&property_name_default_value, property_name_default_value_str);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_property_ex(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_name_name);

	zval property_count_default_value;
	ZVAL_LONG(&property_count_default_value, 1);
	zend_string *property_count_name = zend_string_init("count", sizeof("count") - 1, 1);
	zend_declare_typed_property(class_entry, property_count_name, &property_count_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_count_name);

	zval property_user_default_value;
	ZVAL_EMPTY_STRING(&property_user_default_value);
	zend_string *property_user_name = zend_string_init("user", sizeof("user") - 1, 1);
	zend_declare_typed_property(class_entry, property_user_name, &property_user_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_user_name);

	zval property_group_default_value;
	ZVAL_EMPTY_STRING(&property_group_default_value);
	zend_string *property_group_name = zend_string_init("group", sizeof("group") - 1, 1);
	zend_declare_typed_property(class_entry, property_group_name, &property_group_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_group_name);

	zval property_reloadable_default_value;
	ZVAL_TRUE(&property_reloadable_default_value);
	zend_string *property_reloadable_name = zend_string_init("reloadable", sizeof("reloadable") - 1, 1);
	zend_declare_property_ex(class_entry, property_reloadable_name, &property_reloadable_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_reloadable_name);

	zval property_reusePort_default_value;
	ZVAL_FALSE(&property_reusePort_default_value);
	zend_string *property_reusePort_name = zend_string_init("reusePort", sizeof("reusePort") - 1, 1);
	zend_declare_typed_property(class_entry, property_reusePort_name, &property_reusePort_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_reusePort_name);

	zval property_onWorkerStart_default_value;
	ZVAL_NULL(&property_onWorkerStart_default_value);
	zend_string *property_onWorkerStart_name = zend_string_init("onWorkerStart", sizeof("onWorkerStart") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWorkerStart_name, &property_onWorkerStart_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWorkerStart_name);

	zval property_onConnect_default_value;
	ZVAL_NULL(&property_onConnect_default_value);
	zend_string *property_onConnect_name = zend_string_init("onConnect", sizeof("onConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onConnect_name, &property_onConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onConnect_name);

	zval property_onWebSocketConnect_default_value;
	ZVAL_NULL(&property_onWebSocketConnect_default_value);
	zend_string *property_onWebSocketConnect_name = zend_string_init("onWebSocketConnect", sizeof("onWebSocketConnect") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWebSocketConnect_name, &property_onWebSocketConnect_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWebSocketConnect_name);

	zval property_onWebSocketConnected_default_value;
	ZVAL_NULL(&property_onWebSocketConnected_default_value);
	zend_string *property_onWebSocketConnected_name = zend_string_init("onWebSocketConnected", sizeof("onWebSocketConnected") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWebSocketConnected_name, &property_onWebSocketConnected_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWebSocketConnected_name);

	zval property_onMessage_default_value;
	ZVAL_NULL(&property_onMessage_default_value);
	zend_string *property_onMessage_name = zend_string_init("onMessage", sizeof("onMessage") - 1, 1);
	zend_declare_property_ex(class_entry, property_onMessage_name, &property_onMessage_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onMessage_name);

	zval property_onClose_default_value;
	ZVAL_NULL(&property_onClose_default_value);
	zend_string *property_onClose_name = zend_string_init("onClose", sizeof("onClose") - 1, 1);
	zend_declare_property_ex(class_entry, property_onClose_name, &property_onClose_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onClose_name);

	zval property_onError_default_value;
	ZVAL_NULL(&property_onError_default_value);
	zend_string *property_onError_name = zend_string_init("onError", sizeof("onError") - 1, 1);
	zend_declare_property_ex(class_entry, property_onError_name, &property_onError_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onError_name);

	zval property_onBufferFull_default_value;
	ZVAL_NULL(&property_onBufferFull_default_value);
	zend_string *property_onBufferFull_name = zend_string_init("onBufferFull", sizeof("onBufferFull") - 1, 1);
	zend_declare_property_ex(class_entry, property_onBufferFull_name, &property_onBufferFull_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onBufferFull_name);

	zval property_onBufferDrain_default_value;
	ZVAL_NULL(&property_onBufferDrain_default_value);
	zend_string *property_onBufferDrain_name = zend_string_init("onBufferDrain", sizeof("onBufferDrain") - 1, 1);
	zend_declare_property_ex(class_entry, property_onBufferDrain_name, &property_onBufferDrain_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onBufferDrain_name);

	zval property_onWorkerStop_default_value;
	ZVAL_NULL(&property_onWorkerStop_default_value);
	zend_string *property_onWorkerStop_name = zend_string_init("onWorkerStop", sizeof("onWorkerStop") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWorkerStop_name, &property_onWorkerStop_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWorkerStop_name);

	zval property_onWorkerReload_default_value;
	ZVAL_NULL(&property_onWorkerReload_default_value);
	zend_string *property_onWorkerReload_name = zend_string_init("onWorkerReload", sizeof("onWorkerReload") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWorkerReload_name, &property_onWorkerReload_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_onWorkerReload_name);

	zval property_transport_default_value;
	zend_string *property_transport_default_value_str = zend_string_init("tcp", strlen("tcp"), 1);
	ZVAL_STR(&property_transport_default_value, property_transport_default_value_str);
	zend_string *property_transport_name = zend_string_init("transport", sizeof("transport") - 1, 1);
	zend_declare_typed_property(class_entry, property_transport_name, &property_transport_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_transport_name);

	zval property_connections_default_value;
	ZVAL_EMPTY_ARRAY(&property_connections_default_value);
	zend_string *property_connections_name = zend_string_init("connections", sizeof("connections") - 1, 1);
	zend_declare_typed_property(class_entry, property_connections_name, &property_connections_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_connections_name);

	zval property_protocol_default_value;
	ZVAL_NULL(&property_protocol_default_value);
	zend_string *property_protocol_name = zend_string_init("protocol", sizeof("protocol") - 1, 1);
	zend_declare_typed_property(class_entry, property_protocol_name, &property_protocol_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_protocol_name);

	zval property_pauseAccept_default_value;
	ZVAL_NULL(&property_pauseAccept_default_value);
	zend_string *property_pauseAccept_name = zend_string_init("pauseAccept", sizeof("pauseAccept") - 1, 1);
	zend_declare_typed_property(class_entry, property_pauseAccept_name, &property_pauseAccept_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL|MAY_BE_NULL));
	zend_string_release(property_pauseAccept_name);

	zval property_stopping_default_value;
	ZVAL_FALSE(&property_stopping_default_value);
	zend_string *property_stopping_name = zend_string_init("stopping", sizeof("stopping") - 1, 1);
	zend_declare_typed_property(class_entry, property_stopping_name, &property_stopping_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_stopping_name);

	zval property_eventLoop_default_value;
	ZVAL_NULL(&property_eventLoop_default_value);
	zend_string *property_eventLoop_name = zend_string_init("eventLoop", sizeof("eventLoop") - 1, 1);
	zend_declare_typed_property(class_entry, property_eventLoop_name, &property_eventLoop_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_eventLoop_name);

	zval property_daemonize_default_value;
	ZVAL_FALSE(&property_daemonize_default_value);
	zend_string *property_daemonize_name = zend_string_init("daemonize", sizeof("daemonize") - 1, 1);
	zend_declare_typed_property(class_entry, property_daemonize_name, &property_daemonize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_daemonize_name);

	zval property_outputStream_default_value;
	ZVAL_NULL(&property_outputStream_default_value);
	zend_string *property_outputStream_name = zend_string_init("outputStream", sizeof("outputStream") - 1, 1);
	zend_declare_property_ex(class_entry, property_outputStream_name, &property_outputStream_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_outputStream_name);

	zval property_stdoutFile_default_value;
	zend_string *property_stdoutFile_default_value_str = zend_string_init("/dev/null", strlen("/dev/null"), 1);
	ZVAL_STR(&property_stdoutFile_default_value, property_stdoutFile_default_value_str);
	zend_string *property_stdoutFile_name = zend_string_init("stdoutFile", sizeof("stdoutFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_stdoutFile_name, &property_stdoutFile_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_stdoutFile_name);

	zval property_pidFile_default_value;
	ZVAL_EMPTY_STRING(&property_pidFile_default_value);
	zend_string *property_pidFile_name = zend_string_init("pidFile", sizeof("pidFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_pidFile_name, &property_pidFile_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_pidFile_name);

	zval property_statusFile_default_value;
	ZVAL_EMPTY_STRING(&property_statusFile_default_value);
	zend_string *property_statusFile_name = zend_string_init("statusFile", sizeof("statusFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_statusFile_name, &property_statusFile_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_statusFile_name);

	zval property_logFile_default_value;
	ZVAL_EMPTY_STRING(&property_logFile_default_value);
	zend_string *property_logFile_name = zend_string_init("logFile", sizeof("logFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_logFile_name, &property_logFile_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_logFile_name);

	zval property_logFileMaxSize_default_value;
	ZVAL_LONG(&property_logFileMaxSize_default_value, 10485760);
	zend_string *property_logFileMaxSize_name = zend_string_init("logFileMaxSize", sizeof("logFileMaxSize") - 1, 1);
	zend_declare_typed_property(class_entry, property_logFileMaxSize_name, &property_logFileMaxSize_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_logFileMaxSize_name);

	zend_string *property_globalEvent_class_Workerman_Events_EventInterface = zend_string_init("Workerman\\Events\\EventInterface", sizeof("Workerman\\Events\\EventInterface")-1, 1);
	zval property_globalEvent_default_value;
	ZVAL_NULL(&property_globalEvent_default_value);
	zend_string *property_globalEvent_name = zend_string_init("globalEvent", sizeof("globalEvent") - 1, 1);
	zend_declare_typed_property(class_entry, property_globalEvent_name, &property_globalEvent_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_globalEvent_class_Workerman_Events_EventInterface, 0, MAY_BE_NULL));
	zend_string_release(property_globalEvent_name);

	zval property_onMasterReload_default_value;
	ZVAL_NULL(&property_onMasterReload_default_value);
	zend_string *property_onMasterReload_name = zend_string_init("onMasterReload", sizeof("onMasterReload") - 1, 1);
	zend_declare_property_ex(class_entry, property_onMasterReload_name, &property_onMasterReload_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_onMasterReload_name);

	zval property_onMasterStop_default_value;
	ZVAL_NULL(&property_onMasterStop_default_value);
	zend_string *property_onMasterStop_name = zend_string_init("onMasterStop", sizeof("onMasterStop") - 1, 1);
	zend_declare_property_ex(class_entry, property_onMasterStop_name, &property_onMasterStop_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_onMasterStop_name);

	zval property_onWorkerExit_default_value;
	ZVAL_NULL(&property_onWorkerExit_default_value);
	zend_string *property_onWorkerExit_name = zend_string_init("onWorkerExit", sizeof("onWorkerExit") - 1, 1);
	zend_declare_property_ex(class_entry, property_onWorkerExit_name, &property_onWorkerExit_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_onWorkerExit_name);

	zval property_eventLoopClass_default_value;
	ZVAL_NULL(&property_eventLoopClass_default_value);
	zend_string *property_eventLoopClass_name = zend_string_init("eventLoopClass", sizeof("eventLoopClass") - 1, 1);
	zend_declare_typed_property(class_entry, property_eventLoopClass_name, &property_eventLoopClass_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_eventLoopClass_name);

	zval property_stopTimeout_default_value;
	ZVAL_LONG(&property_stopTimeout_default_value, 2);
	zend_string *property_stopTimeout_name = zend_string_init("stopTimeout", sizeof("stopTimeout") - 1, 1);
	zend_declare_typed_property(class_entry, property_stopTimeout_name, &property_stopTimeout_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_stopTimeout_name);

	zval property_command_default_value;
	ZVAL_EMPTY_STRING(&property_command_default_value);
	zend_string *property_command_name = zend_string_init("command", sizeof("command") - 1, 1);
	zend_declare_typed_property(class_entry, property_command_name, &property_command_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_command_name);

	zval property_metricsListen_default_value;
	ZVAL_EMPTY_STRING(&property_metricsListen_default_value);
	zend_string *property_metricsListen_name = zend_string_init("metricsListen", sizeof("metricsListen") - 1, 1);
	zend_declare_typed_property(class_entry, property_metricsListen_name, &property_metricsListen_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_metricsListen_name);

	zval property_masterPid_default_value;
	ZVAL_LONG(&property_masterPid_default_value, 0);
	zend_string *property_masterPid_name = zend_string_init("masterPid", sizeof("masterPid") - 1, 1);
	zend_declare_typed_property(class_entry, property_masterPid_name, &property_masterPid_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_masterPid_name);

	zval property_mainSocket_default_value;
	ZVAL_NULL(&property_mainSocket_default_value);
	zend_string *property_mainSocket_name = zend_string_init("mainSocket", sizeof("mainSocket") - 1, 1);
	zend_declare_property_ex(class_entry, property_mainSocket_name, &property_mainSocket_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_mainSocket_name);

	zval property_socketName_default_value;
	ZVAL_EMPTY_STRING(&property_socketName_default_value);
	zend_string *property_socketName_name = zend_string_init("socketName", sizeof("socketName") - 1, 1);
	zend_declare_typed_property(class_entry, property_socketName_name, &property_socketName_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_socketName_name);

	zval property_socketContext_default_value;
	ZVAL_NULL(&property_socketContext_default_value);
	zend_string *property_socketContext_name = zend_string_init("socketContext", sizeof("socketContext") - 1, 1);
	zend_declare_property_ex(class_entry, property_socketContext_name, &property_socketContext_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_socketContext_name);

	zval property_context_default_value;
	ZVAL_NULL(&property_context_default_value);
	zend_string *property_context_name = zend_string_init("context", sizeof("context") - 1, 1);
	zend_declare_property_ex(class_entry, property_context_name, &property_context_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_context_name);

	zval property_workers_default_value;
	ZVAL_EMPTY_ARRAY(&property_workers_default_value);
	zend_string *property_workers_name = zend_string_init("workers", sizeof("workers") - 1, 1);
	zend_declare_typed_property(class_entry, property_workers_name, &property_workers_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_workers_name);

	zval property_pidMap_default_value;
	ZVAL_EMPTY_ARRAY(&property_pidMap_default_value);
	zend_string *property_pidMap_name = zend_string_init("pidMap", sizeof("pidMap") - 1, 1);
	zend_declare_typed_property(class_entry, property_pidMap_name, &property_pidMap_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_pidMap_name);

	zval property_pidsToRestart_default_value;
	ZVAL_EMPTY_ARRAY(&property_pidsToRestart_default_value);
	zend_string *property_pidsToRestart_name = zend_string_init("pidsToRestart", sizeof("pidsToRestart") - 1, 1);
	zend_declare_typed_property(class_entry, property_pidsToRestart_name, &property_pidsToRestart_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_pidsToRestart_name);

	zval property_idMap_default_value;
	ZVAL_EMPTY_ARRAY(&property_idMap_default_value);
	zend_string *property_idMap_name = zend_string_init("idMap", sizeof("idMap") - 1, 1);
	zend_declare_typed_property(class_entry, property_idMap_name, &property_idMap_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_idMap_name);

	zval property_status_default_value;
	ZVAL_LONG(&property_status_default_value, 0);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_status_name);

	zval property_uiLengthData_default_value;
	ZVAL_EMPTY_ARRAY(&property_uiLengthData_default_value);
	zend_string *property_uiLengthData_name = zend_string_init("uiLengthData", sizeof("uiLengthData") - 1, 1);
	zend_declare_typed_property(class_entry, property_uiLengthData_name, &property_uiLengthData_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_uiLengthData_name);

	zval property_statisticsFile_default_value;
	ZVAL_EMPTY_STRING(&property_statisticsFile_default_value);
	zend_string *property_statisticsFile_name = zend_string_init("statisticsFile", sizeof("statisticsFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_statisticsFile_name, &property_statisticsFile_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_statisticsFile_name);

	zval property_connectionsFile_default_value;
	ZVAL_EMPTY_STRING(&property_connectionsFile_default_value);
	zend_string *property_connectionsFile_name = zend_string_init("connectionsFile", sizeof("connectionsFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_connectionsFile_name, &property_connectionsFile_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_connectionsFile_name);

	zval property_startFile_default_value;
	ZVAL_EMPTY_STRING(&property_startFile_default_value);
	zend_string *property_startFile_name = zend_string_init("startFile", sizeof("startFile") - 1, 1);
	zend_declare_typed_property(class_entry, property_startFile_name, &property_startFile_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_startFile_name);

	zval property_globalStatistics_default_value;
	ZVAL_EMPTY_ARRAY(&property_globalStatistics_default_value);
	zend_string *property_globalStatistics_name = zend_string_init("globalStatistics", sizeof("globalStatistics") - 1, 1);
	zend_declare_typed_property(class_entry, property_globalStatistics_name, &property_globalStatistics_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_globalStatistics_name);

	zval property_gracefulStop_default_value;
	ZVAL_FALSE(&property_gracefulStop_default_value);
	zend_string *property_gracefulStop_name = zend_string_init("gracefulStop", sizeof("gracefulStop") - 1, 1);
	zend_declare_typed_property(class_entry, property_gracefulStop_name, &property_gracefulStop_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_gracefulStop_name);

	zval property_outputDecorated_default_value;
	ZVAL_NULL(&property_outputDecorated_default_value);
	zend_string *property_outputDecorated_name = zend_string_init("outputDecorated", sizeof("outputDecorated") - 1, 1);
	zend_declare_typed_property(class_entry, property_outputDecorated_name, &property_outputDecorated_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL|MAY_BE_NULL));
	zend_string_release(property_outputDecorated_name);

	zval property_workerId_default_value;
	ZVAL_NULL(&property_workerId_default_value);
	zend_string *property_workerId_name = zend_string_init("workerId", sizeof("workerId") - 1, 1);
	zend_declare_typed_property(class_entry, property_workerId_name, &property_workerId_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_workerId_name);

	zend_string *attribute_name_AllowDynamicProperties_class_Workerman_Worker = zend_string_init_interned("AllowDynamicProperties", sizeof("AllowDynamicProperties") - 1, 1);
	zend_add_class_attribute(class_entry, attribute_name_AllowDynamicProperties_class_Workerman_Worker, 0);
	zend_string_release(attribute_name_AllowDynamicProperties_class_Workerman_Worker);

	return class_entry;
}
