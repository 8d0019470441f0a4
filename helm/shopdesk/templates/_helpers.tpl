{{/* Names */}}
{{- define "shopdesk.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "shopdesk.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "shopdesk.chatServiceName" -}}
{{- printf "%s-chat" (include "shopdesk.fullname" . | trunc 58 | trimSuffix "-") -}}
{{- end -}}

{{- define "shopdesk.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "shopdesk.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret the pods read: the operator's own (existingSecret) or the one this chart creates. */}}
{{- define "shopdesk.secretName" -}}
{{- default (include "shopdesk.fullname" .) .Values.existingSecret -}}
{{- end -}}

{{/* Labels */}}
{{- define "shopdesk.selectorLabels" -}}
app.kubernetes.io/name: {{ include "shopdesk.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "shopdesk.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "shopdesk.selectorLabels" . }}
app.kubernetes.io/version: {{ include "shopdesk.imageTag" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "shopdesk.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag -}}
{{- end -}}

{{/* How many pods run at least: the HPA's minimum when autoscaling, else replicaCount. */}}
{{- define "shopdesk.minPods" -}}
{{- if .Values.autoscaling.enabled -}}
{{- .Values.autoscaling.minReplicas | int -}}
{{- else -}}
{{- .Values.replicaCount | int -}}
{{- end -}}
{{- end -}}

{{/* More than one pod may run at once (fixed replicas above one, or any autoscaling). */}}
{{- define "shopdesk.multiplePods" -}}
{{- if or .Values.autoscaling.enabled (gt (.Values.replicaCount | int) 1) -}}true{{- end -}}
{{- end -}}

{{- define "shopdesk.keycloak" -}}
{{- if eq .Values.identity.mode "keycloak" -}}true{{- end -}}
{{- end -}}

{{- define "shopdesk.separateManagementPort" -}}
{{- if and .Values.management.port (ne (.Values.management.port | int) (.Values.service.port | int)) -}}true{{- end -}}
{{- end -}}

{{/* The port that serves /actuator/prometheus. */}}
{{- define "shopdesk.metricsPort" -}}
{{- if include "shopdesk.separateManagementPort" . -}}
{{- .Values.management.port -}}
{{- else -}}
{{- .Values.service.port -}}
{{- end -}}
{{- end -}}

{{/*
Refuses values that cannot work, with a message that says what to set. Checks marked "production" apply when
production=true (values-production.yaml sets it); the others always apply.
*/}}
{{- define "shopdesk.validate" -}}
{{- $v := .Values -}}
{{- if not (has $v.identity.mode (list "local" "keycloak")) -}}
{{- fail (printf "identity.mode must be local or keycloak, not %q" $v.identity.mode) -}}
{{- end -}}
{{- if $v.production -}}
{{- $_ := required "image.tag is required in production: pin the image version you built and pushed (see README, Production deployment)" $v.image.tag -}}
{{- $_ := required "database.url is required in production: an external MySQL 8, e.g. jdbc:mysql://mysql.example:3306/shopdesk" $v.database.url -}}
{{- if not $v.existingSecret -}}
{{- $_ := required "database.password is required in production (or name a Secret in existingSecret)" $v.database.password -}}
{{- $_ := required "secrets.encryptionKey is required in production: it encrypts channel secrets at rest; generate one with `openssl rand -base64 32` and keep it (or name a Secret in existingSecret)" $v.secrets.encryptionKey -}}
{{- end -}}
{{- if include "shopdesk.keycloak" . -}}
{{- $_ := required "identity.keycloak.url is required when identity.mode=keycloak, e.g. https://sso.example.com" $v.identity.keycloak.url -}}
{{- if not $v.existingSecret -}}
{{- $_ := required "identity.keycloak.clientSecret is required when identity.mode=keycloak (or name a Secret in existingSecret)" $v.identity.keycloak.clientSecret -}}
{{- end -}}
{{- end -}}
{{- if include "shopdesk.multiplePods" . -}}
{{- $_ := required "broker.host is required in production with more than one pod: replicas exchange chat and console events through RabbitMQ" $v.broker.host -}}
{{- if not $v.existingSecret -}}
{{- $_ := required "broker.password is required with broker.host (or name a Secret in existingSecret)" $v.broker.password -}}
{{- end -}}
{{- end -}}
{{- if $v.demoPacks.enabled -}}
{{- fail "demoPacks.enabled must be false in production: demo tenants come with a published password" -}}
{{- end -}}
{{- end -}}
{{- if and (not $v.database.url) (include "shopdesk.multiplePods" .) -}}
{{- fail "database.url is required for more than one pod (replicaCount > 1 or autoscaling.enabled): without it every pod would start its own embedded MariaDB. Set database.url to an external MySQL 8, e.g. jdbc:mysql://mysql:3306/shopdesk" -}}
{{- end -}}
{{- if and $v.autoscaling.enabled (gt ($v.autoscaling.minReplicas | int) ($v.autoscaling.maxReplicas | int)) -}}
{{- fail (printf "autoscaling.minReplicas (%v) must not exceed autoscaling.maxReplicas (%v)" $v.autoscaling.minReplicas $v.autoscaling.maxReplicas) -}}
{{- end -}}
{{- if and $v.podDisruptionBudget.minAvailable $v.podDisruptionBudget.maxUnavailable -}}
{{- fail "podDisruptionBudget: set minAvailable or maxUnavailable, not both" -}}
{{- end -}}
{{- end -}}

{{/* JAVA_TOOL_OPTIONS: the flags the natives need, heap as a share of the container's memory, caches on emptyDirs. */}}
{{- define "shopdesk.javaToolOptions" -}}
{{- $opts := list .Values.jvm.requiredOptions -}}
{{- $opts = append $opts (printf "-XX:MaxRAMPercentage=%v" .Values.jvm.maxRamPercentage) -}}
{{- $opts = append $opts (printf "-XX:InitialRAMPercentage=%v" .Values.jvm.initialRamPercentage) -}}
{{- $opts = append $opts "-XX:+ExitOnOutOfMemoryError" -}}
{{- $opts = append $opts "-Djava.io.tmpdir=/tmp" -}}
{{- $opts = append $opts (printf "-Dorg.bytedeco.javacpp.cachedir=%s" .Values.javacpp.cacheDir) -}}
{{- with .Values.jvm.extraOptions -}}
{{- $opts = append $opts . -}}
{{- end -}}
{{- join " " $opts -}}
{{- end -}}
