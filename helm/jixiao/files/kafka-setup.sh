#!/usr/bin/env bash
# Prepares a Kafka cluster for Jixiao, as its administrator: the SCRAM-SHA-512 user of each service, the
# platform's topics with their retention, and the ACLs that let each service write only its own topics (and the dead letters) and
# read only what it consumes. Idempotent: run it at every install and upgrade.
#
# Run by docker-compose.yml (service kafka-setup) and by the Helm chart (Job <release>-kafka-setup), in the
# apache/kafka image. The grants below are the same table as devstack's KafkaTopicGrants; system-tests'
# KafkaSetupScriptTest keeps the two equal.
#
# Environment (passwords from secrets only; letters, digits, '-' and '_' only, e.g. `openssl rand -hex 24`):
#   KAFKA_BOOTSTRAP_SERVERS                 e.g. kafka:9092
#   KAFKA_SECURITY_PROTOCOL                 SASL_PLAINTEXT (default) or SASL_SSL
#   KAFKA_ADMIN_MECHANISM                   how the administrator logs in: PLAIN (compose) or SCRAM-SHA-512
#   KAFKA_ADMIN_USERNAME, KAFKA_ADMIN_PASSWORD
#   KAFKA_PROJECT_SERVICE_PASSWORD, KAFKA_EVALUATION_SERVICE_PASSWORD, KAFKA_REPORT_SERVICE_PASSWORD
#   KAFKA_TOPIC_PARTITIONS (default 3), KAFKA_TOPIC_REPLICAS (default 1)
set -euo pipefail

bin="${KAFKA_BIN:-/opt/kafka/bin}"
: "${KAFKA_BOOTSTRAP_SERVERS:?}" "${KAFKA_ADMIN_USERNAME:?}" "${KAFKA_ADMIN_PASSWORD:?}"
: "${KAFKA_PROJECT_SERVICE_PASSWORD:?}" "${KAFKA_EVALUATION_SERVICE_PASSWORD:?}" "${KAFKA_REPORT_SERVICE_PASSWORD:?}"
protocol="${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}"
mechanism="${KAFKA_ADMIN_MECHANISM:-SCRAM-SHA-512}"
partitions="${KAFKA_TOPIC_PARTITIONS:-3}"
replicas="${KAFKA_TOPIC_REPLICAS:-1}"

for password in "$KAFKA_ADMIN_PASSWORD" "$KAFKA_PROJECT_SERVICE_PASSWORD" "$KAFKA_EVALUATION_SERVICE_PASSWORD" \
    "$KAFKA_REPORT_SERVICE_PASSWORD"; do
  # kafka-configs and JAAS both split on other characters
  [[ "$password" =~ ^[A-Za-z0-9_-]{16,}$ ]] || { echo "Kafka passwords need 16+ letters, digits, - or _" >&2; exit 2; }
done

case "$mechanism" in
  PLAIN) module=org.apache.kafka.common.security.plain.PlainLoginModule ;;
  *) module=org.apache.kafka.common.security.scram.ScramLoginModule ;;
esac
admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
chmod 600 "$admin"
cat > "$admin" <<EOF
security.protocol=$protocol
sasl.mechanism=$mechanism
sasl.jaas.config=$module required username="$KAFKA_ADMIN_USERNAME" password="$KAFKA_ADMIN_PASSWORD";
EOF
as_admin=(--bootstrap-server "$KAFKA_BOOTSTRAP_SERVERS" --command-config "$admin")

echo "Waiting for Kafka at $KAFKA_BOOTSTRAP_SERVERS ..."
for attempt in $(seq 1 60); do
  if "$bin/kafka-broker-api-versions.sh" "${as_admin[@]}" > /dev/null 2>&1; then break; fi
  [[ $attempt -lt 60 ]] || { echo "Kafka did not answer the administrator" >&2; exit 1; }
  sleep 5
done

user() { # <service> <password>
  "$bin/kafka-configs.sh" "${as_admin[@]}" --alter --entity-type users --entity-name "$1" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}

# How long each topic keeps its records (devstack's KafkaTopicConfigs, messaging's EventRetention): the event topics
# keep every event, by neither age nor size, since report-service rebuilds its read model by replaying them from the
# first record (docs/operations.md, "Event retention and rebuilding read models"); the dead letters 90 days (ADR 6).
keep_every_event="cleanup.policy=delete,retention.ms=-1,retention.bytes=-1"
dead_letters_for_a_quarter="cleanup.policy=delete,retention.ms=7776000000"

topic() { # <topic> <configs>
  local configs=()
  IFS=',' read -ra settings <<< "$2"
  for setting in "${settings[@]}"; do configs+=(--config "$setting"); done
  "$bin/kafka-topics.sh" "${as_admin[@]}" --create --if-not-exists --topic "$1" \
    --partitions "$partitions" --replication-factor "$replicas" "${configs[@]}"
  # set again on a topic created before the setting existed (then the broker's 7 days); the same value changes nothing
  "$bin/kafka-configs.sh" "${as_admin[@]}" --alter --entity-type topics --entity-name "$1" --add-config "$2"
}

acl() { # <service> <Write|Read|Describe> [--resource-pattern-type prefixed] <--topic t | --group g>...
  local service=$1 operation=$2
  shift 2
  "$bin/kafka-acls.sh" "${as_admin[@]}" --add --allow-principal "User:$service" --operation "$operation" "$@"
}

# Each service writes its own topics and the dead letters, reads what it consumes, uses the consumer groups
# named after it, and may look up (never read) every platform topic, as Spring's KafkaAdmin does at start-up.
grant() { # <service> write|read <topic>...
  local service=$1 operation=$2
  shift 2
  local topics=()
  for t in "$@"; do topics+=(--topic "$t"); done
  case "$operation" in
    write) acl "$service" Write "${topics[@]}" ;;
    read) acl "$service" Read "${topics[@]}" ;;
  esac
}

user project-service "$KAFKA_PROJECT_SERVICE_PASSWORD"
user evaluation-service "$KAFKA_EVALUATION_SERVICE_PASSWORD"
user report-service "$KAFKA_REPORT_SERVICE_PASSWORD"

for t in jixiao.project-events jixiao.evaluation-events jixiao.report-events; do
  topic "$t" "$keep_every_event"
done
topic jixiao.dead-letters "$dead_letters_for_a_quarter"

grant project-service write jixiao.project-events jixiao.dead-letters
grant project-service read jixiao.project-events jixiao.dead-letters jixiao.evaluation-events
grant evaluation-service write jixiao.evaluation-events jixiao.dead-letters
grant evaluation-service read jixiao.project-events jixiao.evaluation-events
grant report-service write jixiao.report-events jixiao.dead-letters
grant report-service read jixiao.project-events jixiao.evaluation-events

for service in project-service evaluation-service report-service; do
  acl "$service" Read --resource-pattern-type prefixed --group "$service"
  acl "$service" Describe --resource-pattern-type prefixed --topic jixiao.
done

echo "Kafka is ready for Jixiao: 3 service users, their topics and ACLs."
