{{/*
Chart name, overridable with nameOverride.
*/}}
{{- define "jixiao.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: the release name, prefixed with the chart name unless the
release name already contains it. Truncated to 63 characters (DNS label limit).
*/}}
{{- define "jixiao.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "jixiao.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels shared by every object of the release.
*/}}
{{- define "jixiao.labels" -}}
helm.sh/chart: {{ include "jixiao.chart" . }}
app.kubernetes.io/name: {{ include "jixiao.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: jixiao
{{- end }}

{{/*
The helpers below take one service: (dict "root" $ "component" "project-service").
*/}}

{{/* Selector labels of one service (immutable once deployed: keep them minimal). */}}
{{- define "jixiao.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jixiao.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* All labels of one service's objects. */}}
{{- define "jixiao.componentLabels" -}}
{{ include "jixiao.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Name of one service's Deployment and Service: <fullname>-<service>. */}}
{{- define "jixiao.componentName" -}}
{{- printf "%s-%s" (include "jixiao.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the ConfigMap holding the shared settings.
*/}}
{{- define "jixiao.configName" -}}
{{- printf "%s-config" (include "jixiao.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Name of the Secret with the MongoDB URIs: the existing one, or the one this chart renders.
*/}}
{{- define "jixiao.mongodbSecretName" -}}
{{- if .Values.mongodb.existingSecret }}
{{- .Values.mongodb.existingSecret }}
{{- else }}
{{- printf "%s-mongodb" (include "jixiao.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/*
A service's effective settings: .Values.defaults deep-merged with .Values.services.<name>.
Returned as YAML; use with fromYaml.
*/}}
{{- define "jixiao.serviceConfig" -}}
{{- $svc := index .root.Values.services .component }}
{{- toYaml (mustMergeOverwrite (deepCopy .root.Values.defaults) (deepCopy $svc)) }}
{{- end }}

{{/*
Name of the Secret holding every password and client secret; always provided by the operator.
*/}}
{{- define "jixiao.secretName" -}}
{{- required "secrets.existingSecret must name the Secret with the platform's passwords (see values.yaml)" .Values.secrets.existingSecret }}
{{- end }}
