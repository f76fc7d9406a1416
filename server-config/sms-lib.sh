# shellcheck shell=bash
# Provisioning and control of the SMS runtime: Payara Server, the Artemis broker, the CAS emulator.
# Sourced by ../sms. Everything it creates lives under $SMS_WORK (default: .work/ in the checkout),
# which git ignores. Functions are idempotent: running them again reuses what is there.

SMS_ROOT=${SMS_ROOT:?}
SMS_WORK=${SMS_WORK:-$SMS_ROOT/.work}
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$SMS_ROOT/pom.xml")
ARTEMIS_VERSION=$(sed -n 's:.*<artemis.version>\(.*\)</artemis.version>.*:\1:p' "$SMS_ROOT/pom.xml")
PAYARA_HOME=$SMS_WORK/payara6
ASADMIN=$PAYARA_HOME/bin/asadmin
ARTEMIS_HOME=$SMS_WORK/apache-artemis-$ARTEMIS_VERSION
SECRETS=$SMS_WORK/secrets
EAR=$SMS_ROOT/sms-ear/target/sms.ear
ARTEMIS_RAR=$SMS_ROOT/sms-artemis-rar/target/sms-artemis-rar.rar
EMULATOR_JAR=$SMS_ROOT/cas-emulator/target/cas-emulator.jar

log() { printf '\033[1m[sms]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[sms] %s\033[0m\n' "$*" >&2; exit 1; }

# A random password of letters and digits only, so that it needs no escaping in asadmin properties.
# (No 'tr </dev/urandom | head' pipeline: under pipefail its SIGPIPE would end the script.)
random_password() {
  local s
  s=$(head -c 1024 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
  printf '%s' "${s:0:${1:-24}}"
}

# secret NAME: the stored secret, created on first use (mode 600).
secret() {
  local f=$SECRETS/$1
  if [[ ! -s $f ]]; then
    mkdir -p "$SECRETS" && chmod 700 "$SECRETS"
    (umask 077 && random_password 24 >"$f")
  fi
  cat "$f"
}

# --- build -------------------------------------------------------------------------------------------

# Builds the product when an artifact the runtime needs is missing or older than the sources.
build_if_needed() {
  local stale=
  for a in "$EAR" "$ARTEMIS_RAR" "$EMULATOR_JAR" "$SMS_ROOT/server-config/target/jdbc/postgresql.jar"; do
    [[ -f $a ]] || stale=1
  done
  if [[ -z $stale ]] && [[ -n $(find "$SMS_ROOT" -path "$SMS_WORK" -prune -o -path '*/target' -prune -o \
        \( -name '*.java' -o -name '*.xml' -o -name '*.xhtml' -o -name '*.sql' -o -name '*.css' \) -newer "$EAR" -print -quit) ]]; then
    stale=1
  fi
  if [[ -n $stale ]]; then
    log "Building (mvn install, tests skipped; './sms test' runs them)"
    (cd "$SMS_ROOT" && mvn -B -q install -DskipTests) || die "Build failed"
  fi
}

# --- provisioning ------------------------------------------------------------------------------------

provision_runtime() {
  local dist=$SMS_ROOT/server-config/target/dist
  if [[ ! -x $ASADMIN ]]; then
    log "Unpacking Payara Server $PAYARA_VERSION into $PAYARA_HOME"
    mkdir -p "$SMS_WORK"
    unzip -q -o "$dist/payara-$PAYARA_VERSION.zip" -d "$SMS_WORK"
  fi
  if [[ ! -x $ARTEMIS_HOME/bin/artemis ]]; then
    log "Unpacking Artemis $ARTEMIS_VERSION into $ARTEMIS_HOME"
    unzip -q -o "$dist/apache-artemis-$ARTEMIS_VERSION-bin.zip" -d "$SMS_WORK"
  fi
}

# broker_create NAME PORT: a standalone Artemis broker instance listening only on 127.0.0.1:PORT (core
# protocol, used by the resource adapter), no web console, no AMQP/MQTT/STOMP/HornetQ acceptors.
broker_create() {
  local name=$1 port=$2 dir=$SMS_WORK/$1
  [[ -f $dir/etc/broker.xml ]] && return 0
  log "Creating broker instance $name on 127.0.0.1:$port"
  "$ARTEMIS_HOME/bin/artemis" create "$dir" --silent --force --name "$name" \
    --user sms --password "$(secret broker-password)" --require-login \
    --host 127.0.0.1 --default-port "$port" --no-web \
    --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
    --java-memory 512M >"$SMS_WORK/$name-create.log" 2>&1 || die "artemis create failed: see $SMS_WORK/$name-create.log"
  # the default acceptor listens for every protocol; keep CORE only, on this one port
  sed -i "s#<acceptor name=\"artemis\">tcp://127.0.0.1:$port?[^<]*</acceptor>#<acceptor name=\"artemis\">tcp://127.0.0.1:$port?protocols=CORE;tcpSendBufferSize=1048576;tcpReceiveBufferSize=1048576;useEpoll=true</acceptor>#" \
    "$dir/etc/broker.xml"
  grep -q "tcp://127.0.0.1:$port?protocols=CORE;" "$dir/etc/broker.xml" || die "could not restrict the broker's acceptor in $dir/etc/broker.xml"
  # CAS commands and events are never dead-lettered after a number of failed deliveries (a consumer that is
  # being undeployed rolls deliveries back): they are retried, one second apart, until delivered. Message groups
  # hash to 4096 buckets, so that a group map stays bounded; the adapter itself no longer sets groups (the command
  # queue has one consumer, which keeps a card's commands in commit order).
  sed -i 's#</address-settings>#   <address-setting match="sms.cas.\#">\n            <max-delivery-attempts>-1</max-delivery-attempts>\n            <redelivery-delay>1000</redelivery-delay>\n            <default-group-buckets>4096</default-group-buckets>\n         </address-setting>\n      </address-settings>#' "$dir/etc/broker.xml"
  grep -q '<address-setting match="sms.cas.#">' "$dir/etc/broker.xml" || die "could not add the CAS address settings to $dir/etc/broker.xml"
  # the command queue is exclusive from its creation: one dispatcher lane of a cluster consumes at a time (the
  # dispatcher also makes an existing queue exclusive; sms-jca-cas/README.md, "Several servers")
  sed -i 's#</address-settings>#   <address-setting match="sms.cas.commands">\n            <default-exclusive-queue>true</default-exclusive-queue>\n         </address-setting>\n      </address-settings>#' "$dir/etc/broker.xml"
  grep -q '<address-setting match="sms.cas.commands">' "$dir/etc/broker.xml" || die "could not make the CAS command queue exclusive in $dir/etc/broker.xml"
}

broker_start() {
  local name=$1 port=$2 dir=$SMS_WORK/$1
  if port_open "$port"; then log "Broker $name already listening on $port"; return 0; fi
  log "Starting broker $name"
  mkdir -p "$SMS_WORK/logs"
  nohup "$dir/bin/artemis" run >"$SMS_WORK/logs/$name.out" 2>&1 &
  echo $! >"$dir/broker.pid"
  wait_for "broker $name" 60 port_open "$port"
}

broker_stop() {
  local name=$1 dir=$SMS_WORK/$1
  [[ -f $dir/broker.pid ]] || return 0
  local pid; pid=$(cat "$dir/broker.pid")
  if kill -0 "$pid" 2>/dev/null; then
    log "Stopping broker $name"
    "$dir/bin/artemis" stop >/dev/null 2>&1 || kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/broker.pid"
}

emulator_start() {
  local name=$1 port=$2 control=$3
  if port_open "$port"; then log "CAS emulator already listening on $port"; return 0; fi
  log "Starting CAS emulator ($name) on $port, control on $control"
  mkdir -p "$SMS_WORK/$name" "$SMS_WORK/logs"
  nohup java -jar "$EMULATOR_JAR" --port "$port" --control-port "$control" --user sms \
    --password "$(secret cas-password)" --accept-any-card --state-file "$SMS_WORK/$name/state" \
    >"$SMS_WORK/logs/$name.out" 2>&1 &
  echo $! >"$SMS_WORK/$name/emulator.pid"
  wait_for "CAS emulator" 30 port_open "$port"
}

emulator_stop() {
  local name=$1 f=$SMS_WORK/$1/emulator.pid
  [[ -f $f ]] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "Stopping CAS emulator ($name)"
    kill "$pid"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for WHAT SECONDS COMMAND...: polls COMMAND once a second.
wait_for() {
  local what=$1 secs=$2; shift 2
  for _ in $(seq 1 "$secs"); do "$@" && return 0; sleep 1; done
  die "$what did not come up within ${secs}s"
}

# --- Payara domain -----------------------------------------------------------------------------------

asadmin() {
  "$ASADMIN" --user admin --passwordfile "$SECRETS/asadmin-passfile" --port "$ADMIN_PORT" "$@"
}

# domain_create NAME PORTBASE: a domain whose admin password is random (no default credential).
# PORTBASE empty gives the standard ports (admin 4848, HTTP 8080, HTTPS 8181).
domain_create() {
  local name=$1 portbase=$2
  [[ -d $PAYARA_HOME/glassfish/domains/$name ]] && return 0
  log "Creating Payara domain $name"
  secret asadmin-password >/dev/null
  secret openapi-password >/dev/null
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_USERPASSWORD=%s\n' "$(cat "$SECRETS/asadmin-password")" \
      "$(cat "$SECRETS/openapi-password")" >"$SECRETS/asadmin-passfile")
  local ports=()
  [[ -n $portbase ]] && ports=(--portbase "$portbase")
  "$ASADMIN" --user admin --passwordfile "$SECRETS/asadmin-passfile" create-domain "${ports[@]}" "$name" \
    >"$SMS_WORK/$name-create.log" 2>&1 || die "create-domain failed: see $SMS_WORK/$name-create.log"
  domain_libs "$name" >/dev/null
}

# domain_libs NAME: the jars the domain's lib folder needs (the JDBC drivers, and sms-server-lib.jar with the H2 pool's
# data source), copied when missing or changed; prints the names of those copied. The server reads them when it starts.
domain_libs() {
  local lib=$PAYARA_HOME/glassfish/domains/$1/lib jar
  for jar in "$SMS_ROOT/server-config/target/jdbc/postgresql.jar" "$SMS_ROOT/server-config/target/jdbc/ojdbc11.jar" \
             "$SMS_ROOT/server-config/target/sms-server-lib.jar"; do
    [[ -f $jar ]] || die "$jar is missing: build first (mvn install)"
    if ! cmp -s "$jar" "$lib/$(basename "$jar")"; then
      cp "$jar" "$lib/"
      basename "$jar"
    fi
  done
}

domain_running() { curl -s -o /dev/null "http://127.0.0.1:$ADMIN_PORT/" ; }

domain_start() {
  local name=$1
  if domain_running; then
    local changed; changed=$(domain_libs "$name")
    if [[ -n $changed ]]; then
      log "Domain $name is running on older libraries ($(echo $changed)): restarting it"
      domain_restart "$name"
    else
      log "Domain $name already running"
    fi
    return 0
  fi
  domain_libs "$name" >/dev/null
  log "Starting Payara domain $name"
  "$ASADMIN" start-domain "$name" >"$SMS_WORK/logs/$name-start.log" 2>&1 || {
    tail -30 "$SMS_WORK/logs/$name-start.log" >&2; die "start-domain $name failed"; }
}

domain_stop() {
  local name=$1
  [[ -x $ASADMIN ]] || return 0
  "$ASADMIN" stop-domain "$name" >/dev/null 2>&1 && log "Stopped Payara domain $name" || true
}

# domain_kill NAME: stops the domain, and kills its JVM (kill -9, pid from config/pid) if it does not stop.
domain_kill() {
  local name=$1 pidfile=$PAYARA_HOME/glassfish/domains/$1/config/pid
  [[ -d $PAYARA_HOME/glassfish/domains/$name ]] || return 0
  timeout 60 "$ASADMIN" stop-domain "$name" >/dev/null 2>&1 && log "Stopped Payara domain $name" || true
  if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    log "Killing Payara domain $name"
    kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  fi
  # a JVM of this domain whose pid file is gone (killed mid-start, or started twice) would hold its ports
  pkill -9 -f -- "-Dcom.sun.aas.instanceRoot=$PAYARA_HOME/glassfish/domains/$name( |\$)" 2>/dev/null || true
}

# domain_forget_transactions NAME: deletes the transaction manager's log (only for a domain whose resources
# are wiped too: otherwise it holds the decisions that recovery needs).
domain_forget_transactions() {
  rm -rf "$PAYARA_HOME/glassfish/domains/$1/logs/"*/tx
}

# broker_wipe NAME: deletes a stopped broker's journal, bindings and paging (its messages and transactions).
broker_wipe() {
  rm -rf "${SMS_WORK:?}/$1/data"
}

# The movable clock, for tests and trials (administrators move the application's time forward with PUT /api/clock):
# the JVM option below on the domain, read by the application at deployment (ClockProducer). A JVM option takes
# effect when the domain starts.
MOVABLE_CLOCK_OPTION=-Dsms.clock.movable=true

# domain_has_movable_clock NAME: whether the domain's configuration has the option.
domain_has_movable_clock() {
  grep -qF -- "<jvm-options>$MOVABLE_CLOCK_OPTION</jvm-options>" "$PAYARA_HOME/glassfish/domains/$1/config/domain.xml"
}

# domain_set_movable_clock NAME WANT: adds the option to the running domain when WANT is not empty, removes it
# otherwise. Succeeds when it changed the configuration (the domain must then be restarted), fails when there was
# nothing to do.
domain_set_movable_clock() {
  local name=$1 want=$2 log=$SMS_WORK/logs/$1-movable-clock.log
  if [[ -n $want ]]; then
    domain_has_movable_clock "$name" && return 1
    log "Domain $name: movable clock on ($MOVABLE_CLOCK_OPTION)"
    asadmin create-jvm-options "$MOVABLE_CLOCK_OPTION" >"$log" 2>&1 || { cat "$log" >&2; die "could not add $MOVABLE_CLOCK_OPTION to $name"; }
  else
    domain_has_movable_clock "$name" || return 1
    log "Domain $name: movable clock off (removing $MOVABLE_CLOCK_OPTION)"
    asadmin delete-jvm-options "$MOVABLE_CLOCK_OPTION" >"$log" 2>&1 || { cat "$log" >&2; die "could not remove $MOVABLE_CLOCK_OPTION from $name"; }
  fi
  return 0
}

# domain_restart NAME: restarts the running domain (after a change to its JVM options).
domain_restart() {
  local name=$1
  log "Restarting Payara domain $name"
  asadmin restart-domain "$name" >"$SMS_WORK/logs/$name-restart.log" 2>&1 || {
    tail -30 "$SMS_WORK/logs/$name-restart.log" >&2; die "restart-domain $name failed"; }
  wait_for "Payara domain $name" 180 domain_running
}

# domain_configure NAME DB BROKER_PORT CAS_PORT: resources the EAR needs, from server-config/domain/*.
# Each numbered script runs once per domain; the database part again whenever DB changes.
domain_configure() {
  local name=$1 db=$2 broker_port=$3 cas_port=$4
  local dir=$PAYARA_HOME/glassfish/domains/$name
  [[ $db != postgresql ]] || require_postgres_prepared_transactions "${SMS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/sms}" "${SMS_DB_USER:-postgres}"
  # each numbered domain script once, in order, like schema migrations
  [[ -f $dir/.sms-configured ]] && touch "$dir/.sms-applied-01-base.asadmin"   # domains made before numbering
  local script
  for script in "$SMS_ROOT"/server-config/domain/[0-9][0-9]-*.asadmin; do
    local base; base=$(basename "$script")
    [[ -f $dir/.sms-applied-$base ]] && continue
    log "Configuring domain $name: $base"
    render "$script" BROKER_PORT="$broker_port" CAS_PORT="$cas_port" BROKER_PASSWORD="$(secret broker-password)" \
      CAS_PASSWORD="$(secret cas-password)" ARTEMIS_RAR="$ARTEMIS_RAR" >"$SMS_WORK/$name-$base"
    asadmin_script "$SMS_WORK/$name-$base" "$SMS_WORK/logs/$name-$base.log" "configuring $name ($base)"
    touch "$dir/.sms-applied-$base"
    # a deployed application may hold what the script changed (the CAS adapter restarts, its MDBs may stay
    # stopped): deploy it again
    rm -f "$dir/.sms-deployed"
  done
  if [[ $(cat "$dir/.sms-db" 2>/dev/null) != "$(db_stamp "$db")" ]]; then
    log "Configuring the database pool for $db"
    local url user password
    case $db in
      # WRITE_DELAY=0: every commit is on disk when it returns (H2 defaults to 500 ms, which a kill -9 can lose);
      # LOCK_TIMEOUT: a transaction waits up to 10 s for rows another one holds (H2's 1 s default failed concurrent
      # 1,000-command batches touching the same cards)
      h2) url="jdbc:h2:file:$SMS_WORK/data/$name/sms;AUTO_SERVER=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000"; user=sa; password=$(secret h2-password) ;;
      postgresql) url=${SMS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/sms}; user=${SMS_DB_USER:-postgres}; password=${SMS_DB_PASSWORD:-}
                  create_postgres_database "$url" "$user" ;;
      oracle) url=${SMS_DB_URL:?set SMS_DB_URL, e.g. jdbc:oracle:thin:@//dbhost:1521/SMSPDB}; user=${SMS_DB_USER:?set SMS_DB_USER}
              password=${SMS_DB_PASSWORD:?set SMS_DB_PASSWORD} ;;
      *) die "Unknown database '$db': use h2, postgresql or oracle" ;;
    esac
    # GlassFish reads "()" as an empty password (PostgreSQL trust authentication); a missing one is an error
    render "$SMS_ROOT/server-config/domain/jdbc-$db.asadmin" DB_URL="$url" DB_USER="$user" DB_PASSWORD="${password:-()}" \
      >"$SMS_WORK/$name-jdbc.asadmin"
    # the application holds the old pool: take it away first, it is deployed again afterwards
    asadmin undeploy sms >/dev/null 2>&1 || true
    asadmin delete-jdbc-resource jdbc/sms >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool smsPool >/dev/null 2>&1 || true
    asadmin_script "$SMS_WORK/$name-jdbc.asadmin" "$SMS_WORK/logs/$name-jdbc.log" "configuring the $db pool"
    db_stamp "$db" >"$dir/.sms-db"
    rm -f "$dir/.sms-deployed"   # the application must be deployed again to use the new pool
  fi
}

# db_stamp DB: what the domain's pool was configured from (database, URL, user and the pool script's checksum);
# a change to any of them configures the pool again.
db_stamp() {
  echo "$1|${SMS_DB_URL:-}|${SMS_DB_USER:-}|$(cksum <"$SMS_ROOT/server-config/domain/jdbc-$1.asadmin" | cut -d' ' -f1)"
}

# asadmin_script FILE LOG WHAT: runs an asadmin command file; multimode exits 0 even when a command in it
# failed, so its output is checked too.
# A deploy line runs on its own and is tried up to three times: Payara 6.2025.9 once failed to deploy the Artemis
# resource adapter on a fresh domain in CI ("getContextClassLoader() is null"), and a failed deploy leaves nothing
# behind, so trying again is safe. The other commands are not repeated (a create that half worked would fail again).
asadmin_script() {
  local file=$1 log=$2 what=$3 part=$1.part line attempt
  : >"$log"; : >"$part"
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == deploy\ * ]]; then
      asadmin_part "$part" "$log" "$what"
      echo "$line" >"$part"
      for attempt in 1 2 3; do
        asadmin_part "$part" "$log" "" && break
        [[ $attempt == 3 ]] && die "$what failed: $line (log: $log)"
        log "$what: the deploy failed (attempt $attempt of 3), trying again"
        sleep 5
      done
      : >"$part"
    else
      echo "$line" >>"$part"
    fi
  done <"$file"
  asadmin_part "$part" "$log" "$what"
  rm -f "$part"
}

# asadmin_part FILE LOG WHAT: runs FILE in multimode, appending to LOG; when WHAT is empty a failure returns 1
# (the caller decides), otherwise it stops the script with the failed commands.
asadmin_part() {
  grep -qv '^[[:space:]]*\(#.*\)\?$' "$1" || return 0   # nothing but comments
  local out rc=0
  out=$(asadmin multimode --file "$1" 2>&1) || rc=$?
  printf '%s\n' "$out" >>"$2"
  if [[ $rc != 0 ]] || grep -q '^Command .* failed' <<<"$out"; then
    [[ -n $3 ]] || return 1
    grep -B3 '^Command .* failed' <<<"$out" >&2 || tail -30 <<<"$out" >&2
    die "$3 failed (log: $2)"
  fi
}

# The PostgreSQL database named in a jdbc:postgresql://host:port/db URL, created when missing.
create_postgres_database() {
  local url=$1 user=$2 hostport db
  hostport=${url#jdbc:postgresql://}; db=${hostport#*/}; db=${db%%\?*}; hostport=${hostport%%/*}
  command -v psql >/dev/null || return 0
  local host=${hostport%%:*} port=5432
  [[ $hostport == *:* ]] && port=${hostport##*:}
  if ! psql -h "$host" -p "$port" -U "$user" -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    log "Creating PostgreSQL database $db"
    psql -h "$host" -p "$port" -U "$user" -d postgres -c "create database $db" >/dev/null || die "cannot create database $db"
  fi
}

# The SMS commits a database change and its CAS commands together (XA two-phase commit of the database and the
# broker), which PostgreSQL refuses while max_prepared_transactions is 0, its default: every transaction that issues
# a CAS command would roll back ("Error preparing transaction"). Stop before that, saying how to fix it.
require_postgres_prepared_transactions() {
  local url=$1 user=$2 hostport
  hostport=${url#jdbc:postgresql://}; hostport=${hostport%%/*}
  command -v psql >/dev/null || return 0
  local host=${hostport%%:*} port=5432 n
  [[ $hostport == *:* ]] && port=${hostport##*:}
  n=$(psql -h "$host" -p "$port" -U "$user" -d postgres -tAc "show max_prepared_transactions" 2>/dev/null) || return 0
  if [[ ${n:-0} -lt 32 ]]; then
    die "PostgreSQL at $host:$port has max_prepared_transactions = ${n:-0}; the SMS needs two-phase commit (at least 32,
       above the pool's 32 connections). As a superuser: ALTER SYSTEM SET max_prepared_transactions = 100; then restart
       PostgreSQL (e.g. pg_ctlcluster 15 main restart), and run this again."
  fi
}

# render TEMPLATE KEY=VALUE...: the template with each @KEY@ replaced.
render() {
  local template=$1 content; shift
  content=$(cat "$template")
  for kv in "$@"; do content=${content//@${kv%%=*}@/${kv#*=}}; done
  printf '%s\n' "$content"
}

deploy_ear() {
  log "Deploying sms.ear"
  asadmin deploy --force=true --name sms "$EAR" >"$SMS_WORK/logs/deploy.log" 2>&1 || {
    tail -40 "$SMS_WORK/logs/deploy.log" >&2; die "deployment failed; server log: $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"; }
}

# Ready when the login page answers 200: the application, not just the server, is up.
app_ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/sms/login.xhtml") == 200 ]]; }

# ensure_test_prerequisites: what the test suite needs besides a JDK and Maven, so that './sms test' works on a
# fresh machine: Chromium and its driver for the console tests, unzip and curl (Debian packages, installed when
# missing and apt-get can run), and the local PostgreSQL server at 127.0.0.1:5432 for the persistence tests
# (started when it is installed but down).
ensure_test_prerequisites() {
  local need=()
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  command -v unzip >/dev/null || need+=(unzip)
  command -v curl >/dev/null || need+=(curl)
  if [[ ${#need[@]} -gt 0 ]]; then
    local sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
    command -v apt-get >/dev/null || die "missing ${need[*]}: install them (Debian packages) and run again"
    log "Installing ${need[*]}"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null \
      || die "could not install ${need[*]}"
  fi
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
    log "Starting PostgreSQL"
    local version; version=$(ls /etc/postgresql | head -1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "could not start PostgreSQL $version"
    wait_for PostgreSQL 30 pg_isready -h 127.0.0.1 -p 5432 -q
  fi
}
