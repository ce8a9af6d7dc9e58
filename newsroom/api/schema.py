"""OpenAPI post-processing: the error responses every endpoint can give."""

ERROR_SCHEMAS = {
    "ValidationErrors": {
        "type": "object",
        "description": "Each bad query parameter, with the reasons it was refused.",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "example": {"claimed_after": ["Enter a valid date."]},
    },
    "Detail": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
}


def _json(ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}
        },
    }


def add_error_responses(result, generator, request, public):
    """400 on every list (bad filter, page size or cursor), 404 on every detail and
    every unknown ``format``, 429 everywhere (anonymous rate limit)."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses.setdefault(
                "400", _json("ValidationErrors", "A malformed or unknown parameter.")
            )
            responses.setdefault(
                "404",
                _json(
                    "Detail", "No such public item, or a format it does not come in."
                ),
            )
            responses.setdefault(
                "429",
                {
                    **_json("Detail", "Too many requests: wait Retry-After seconds."),
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                },
            )
    return result
