--TEST--
apps: the GatewayWorker cluster of cluster_ext.phpt in a mixed rollout: Register and Gateways on upstream Workerman 5.2.2 (the app's vendor/), BusinessWorkers on the extension; the same checks, the same output
--EXTENSIONS--
workerman
posix
--SKIPIF--
<?php
require __DIR__ . '/cluster.inc';
echo Cluster::skip();
?>
--FILE--
<?php
require __DIR__ . '/cluster.inc';

cluster_scenario(['register' => false, 'gateway' => false, 'business' => true]);
?>
--CLEAN--
<?php
require __DIR__ . '/cluster.inc';
Cluster::cleanStale();
?>
--EXPECT_EXTERNAL--
cluster.expect
