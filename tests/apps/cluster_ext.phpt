--TEST--
apps: a GatewayWorker cluster on seven network-namespace hosts (Register, two Gateways with their own lanIp, two BusinessWorker hosts, a client host, a bridge), all on the extension: logins on both gateways, broadcast, private messages across gateways, kill -9 of each business host in turn and its return, a Register restart, GatewayClient's sendToAll/sendToClient from the client host
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

// Under scripts/apps-upstream.sh every host runs on upstream (the copy's vendor/ Workerman).
$ext = !WmApps::upstream();
cluster_scenario(['register' => $ext, 'gateway' => $ext, 'business' => $ext]);
?>
--CLEAN--
<?php
require __DIR__ . '/cluster.inc';
Cluster::cleanStale();
?>
--EXPECT_EXTERNAL--
cluster.expect
