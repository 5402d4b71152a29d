/**
 * The configuration's JSON Schema, as data in the code so that the single-file bundle carries it.
 * schemas/logcheck-config.schema.json (for editors) is this object, written out; a test keeps them equal.
 */
export const CONFIG_SCHEMA: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/logcheck/logcheck/schemas/logcheck-config.schema.json",
  "title": "logcheck configuration",
  "description": "logcheck.config.json, .logcheck.yaml, .logcheck.yml, .logcheck.json or debian/logcheck.yaml: found by walking up from the working directory, or given with --config. Data only.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string"
    },
    "rules": {
      "description": "Rules and catalog entries on, off or at another severity, by id or micromatch pattern (`cmake-*`), `family:NAME` or `tag:NAME`. Later keys override earlier ones.",
      "type": "object",
      "additionalProperties": {
        "enum": [
          "off",
          "on",
          "error",
          "warning",
          "note"
        ]
      }
    },
    "failOn": {
      "description": "Exit 1 on findings at or above this severity (as --fail-on).",
      "enum": [
        "error",
        "warning",
        "note"
      ]
    },
    "pathMap": {
      "description": "Source paths under a key are reported as its value in CI formats (as --path-map FROM=TO).",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "causes": {
      "description": "Your own causes, in the catalog's schema.",
      "type": "array",
      "items": {
        "$ref": "#/definitions/cause"
      }
    },
    "causeFiles": {
      "description": "Files (JSON or YAML, relative to this file) that hold a list of causes.",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "problemMatchers": {
      "description": "GitHub problem-matcher JSON files (relative to this file), imported as causes.",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "ignore": {
      "description": "Findings to drop: a rule (id or pattern), a line pattern, or both; the reason is shown in the summary.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reason"
        ],
        "anyOf": [
          {
            "required": [
              "rule"
            ]
          },
          {
            "required": [
              "line"
            ]
          }
        ],
        "properties": {
          "rule": {
            "type": "string"
          },
          "line": {
            "type": "string",
            "description": "A regular expression (RE2 syntax) the finding's line must match."
          },
          "reason": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "inlineDirectives": {
      "description": "Honour `logcheck: ignore-line-regexp: REGEX` and `logcheck: disable-rule: ID` lines printed into the log (off by default: a hostile build must not hide its own failure).",
      "type": "boolean"
    },
    "baseline": {
      "description": "A baseline file (written by --write-baseline): only findings not in it are reported.",
      "type": "string"
    },
    "formats": {
      "description": "Options of the output formats.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "sarif": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "category": {
              "type": "string"
            }
          },
          "description": "SARIF options: category is run.automationDetails.id, as --sarif-category (the command line wins)."
        }
      }
    }
  },
  "definitions": {
    "pattern": {
      "oneOf": [
        {
          "type": "string",
          "description": "A regular expression's source (RE2 syntax for your own causes)."
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "regex"
          ],
          "properties": {
            "regex": {
              "type": "string"
            },
            "flags": {
              "type": "string",
              "pattern": "^[isu]*$"
            }
          }
        }
      ]
    },
    "patterns": {
      "oneOf": [
        {
          "$ref": "#/definitions/pattern"
        },
        {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/definitions/pattern"
          }
        }
      ]
    },
    "template": {
      "type": "string",
      "description": "Text with {{capture}} placeholders (named groups, or {{1}}..{{9}}), {{package}}, {{packages}}, {{suite}}."
    },
    "remediation": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "summary"
      ],
      "properties": {
        "summary": {
          "$ref": "#/definitions/template"
        },
        "steps": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/template"
          }
        }
      }
    },
    "cause": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "family",
        "title",
        "cause",
        "side",
        "match",
        "message",
        "fix",
        "docs",
        "examples",
        "nearMisses"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)+$"
        },
        "family": {
          "type": "string",
          "minLength": 1
        },
        "title": {
          "type": "string",
          "minLength": 1
        },
        "severity": {
          "enum": [
            "error",
            "warning",
            "note"
          ]
        },
        "cause": {
          "type": "string",
          "description": "A cause id (logcheck rules lists them), or one of your own."
        },
        "side": {
          "enum": [
            "package",
            "environment"
          ]
        },
        "stage": {
          "type": "string"
        },
        "tags": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "match": {
          "$ref": "#/definitions/patterns"
        },
        "literals": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "prefixes": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              }
            },
            "suffixes": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              }
            },
            "anywhere": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 2
              }
            }
          }
        },
        "then": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "match",
            "within"
          ],
          "properties": {
            "match": {
              "$ref": "#/definitions/patterns"
            },
            "within": {
              "type": "integer",
              "minimum": 1,
              "maximum": 50
            },
            "reportHere": {
              "type": "boolean"
            },
            "note": {
              "type": "string"
            }
          }
        },
        "message": {
          "$ref": "#/definitions/template"
        },
        "headline": {
          "$ref": "#/definitions/template"
        },
        "note": {
          "type": "string"
        },
        "lookup": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "kind",
            "name"
          ],
          "properties": {
            "kind": {
              "type": "string"
            },
            "name": {
              "$ref": "#/definitions/template"
            }
          }
        },
        "fix": {
          "$ref": "#/definitions/remediation"
        },
        "fixUnresolved": {
          "$ref": "#/definitions/remediation"
        },
        "docs": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "description",
            "why",
            "fix"
          ],
          "properties": {
            "description": {
              "type": "string"
            },
            "why": {
              "type": "string"
            },
            "fix": {
              "type": "string"
            }
          }
        },
        "examples": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "lines"
            ],
            "properties": {
              "lines": {
                "type": "array",
                "minItems": 1,
                "items": {
                  "type": "string"
                }
              },
              "line": {
                "type": "integer",
                "minimum": 1
              },
              "captures": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "package": {
                "type": "string"
              },
              "source": {
                "type": "string"
              }
            }
          }
        },
        "nearMisses": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          }
        },
        "equivalents": {
          "type": "object",
          "properties": {
            "buildlog-consultant": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        }
      }
    }
  }
};
