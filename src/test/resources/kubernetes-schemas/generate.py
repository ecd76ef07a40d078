#!/usr/bin/env python3
"""Makes the strict JSON schemas that KubernetesManifestsTest validates deploy/kubernetes against.

Not run by the build: its output is committed beside it. Rerun it (python3 + PyYAML) when a newer
Kubernetes or CloudNativePG is targeted:

  generate.py SWAGGER_JSON CRD_YAML...

SWAGGER_JSON is the Kubernetes OpenAPI v2 document (api/openapi-spec/swagger.json of kubernetes/kubernetes,
or kubernetes/swagger.json.unprocessed of kubernetes-client/python); each CRD_YAML is a
CustomResourceDefinition (CloudNativePG's config/crd/bases/postgresql.cnpg.io_clusters.yaml and
_scheduledbackups.yaml, the Barman Cloud plugin's barmancloud.cnpg.io_objectstores.yaml).

The committed schemas were made from kubernetes-client/python 024658493d12 (kubernetes/swagger.json.unprocessed,
Kubernetes release-1.36), cloudnative-pg/cloudnative-pg a95a534dbe08 (v1.30.0 and 86 commits) and
cloudnative-pg/plugin-barman-cloud 9967e2caabf2 (after v0.14.0).

What it does is what openapi2jsonschema --strict does for kubeconform's schemas (yannh/kubernetes-json-schema,
*-standalone-strict): every object that lists its properties gets additionalProperties: false, so a misspelt
or misplaced field fails; int-or-string and quantities accept a number or a string; apiVersion and kind are
pinned; descriptions are left out. Each schema is self-contained: the definitions it reaches are copied into it.
"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# kind -> (OpenAPI definition, apiVersion, file name)
KINDS = {
    "Deployment": ("io.k8s.api.apps.v1.Deployment", "apps/v1"),
    "Service": ("io.k8s.api.core.v1.Service", "v1"),
    "ConfigMap": ("io.k8s.api.core.v1.ConfigMap", "v1"),
    "Secret": ("io.k8s.api.core.v1.Secret", "v1"),
    "Ingress": ("io.k8s.api.networking.v1.Ingress", "networking.k8s.io/v1"),
    "PodDisruptionBudget": ("io.k8s.api.policy.v1.PodDisruptionBudget", "policy/v1"),
    "HorizontalPodAutoscaler": ("io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", "autoscaling/v2"),
}

INT_OR_STRING = {"anyOf": [{"type": "integer"}, {"type": "string"}]}
NUMBER_OR_STRING = {"anyOf": [{"type": "number"}, {"type": "string"}]}


def file_name(kind, api_version):
    group_version = api_version.replace("/", "-").replace(".", "-") if "/" in api_version else api_version
    return f"{kind.lower()}-{group_version}.json"


def strict(node):
    """openapi2jsonschema --strict: no property that the schema does not name."""
    if isinstance(node, dict):
        if node.get("format") == "int-or-string" or node.get("x-kubernetes-int-or-string"):
            return dict(INT_OR_STRING)
        out = {}
        for key, value in node.items():
            if key.startswith("x-kubernetes-") or key in ("x-go-name", "description"):
                continue
            if key in ("properties", "definitions", "patternProperties"):
                out[key] = {name: strict(child) for name, child in value.items()}
            else:
                out[key] = strict(value)
        preserves = node.get("x-kubernetes-preserve-unknown-fields")
        if "properties" in out and "additionalProperties" not in out and not preserves:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [strict(item) for item in node]
    return node


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref and ref.startswith("#/definitions/"):
            found.add(ref[len("#/definitions/"):])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for item in node:
            refs(item, found)


def kubernetes(swagger_path):
    with open(swagger_path) as f:
        definitions = json.load(f)["definitions"]
    definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = dict(INT_OR_STRING)
    definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"] = dict(NUMBER_OR_STRING)
    for kind, (name, api_version) in KINDS.items():
        reached, todo = set(), {name}
        while todo:
            current = todo.pop()
            reached.add(current)
            found = set()
            refs(definitions[current], found)
            todo |= found - reached
        root = strict(json.loads(json.dumps(definitions[name])))
        root["properties"]["apiVersion"] = {"type": "string", "enum": [api_version]}
        root["properties"]["kind"] = {"type": "string", "enum": [kind]}
        root["required"] = sorted(set(root.get("required", [])) | {"apiVersion", "kind", "metadata"})
        root["$schema"] = "http://json-schema.org/draft-07/schema#"
        root["definitions"] = {d: strict(definitions[d]) for d in sorted(reached - {name})}
        write(file_name(kind, api_version), root)


def custom_resources(crd_path):
    with open(crd_path) as f:
        crd = yaml.safe_load(f)
    group = crd["spec"]["group"]
    kind = crd["spec"]["names"]["kind"]
    for version in crd["spec"]["versions"]:
        api_version = f"{group}/{version['name']}"
        root = strict(version["schema"]["openAPIV3Schema"])
        root["properties"]["apiVersion"] = {"type": "string", "enum": [api_version]}
        root["properties"]["kind"] = {"type": "string", "enum": [kind]}
        root["properties"]["metadata"] = {"type": "object"}
        root["required"] = sorted(set(root.get("required", [])) | {"apiVersion", "kind", "metadata"})
        root["$schema"] = "http://json-schema.org/draft-07/schema#"
        write(file_name(kind, api_version), root)


def write(name, schema):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(schema, f, indent=1, sort_keys=True)
        f.write("\n")
    print(name)


if __name__ == "__main__":
    kubernetes(sys.argv[1])
    for path in sys.argv[2:]:
        custom_resources(path)
