"""Users and their roles. Passwords are stored as argon2 hashes, never in the clear.

With no users defined the app runs in single-user local mode; once one exists, everyone
signs in and every library call is checked against the signed-in user's role. A sign-in
session is tied to the user's record and credential (:func:`session_stamp`): removing the
user, adding them again or changing their password ends it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from assistant.auth import LOCAL, ROLES, Actor
from assistant.errors import AssistantError, Conflict, Forbidden, NotFound
from assistant.review.signin import MIN_PASSWORD, check_password
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import User
from assistant.workspace import Workspace

log = logging.getLogger(__name__)
_HASHER = PasswordHasher()
__all__ = ["MIN_PASSWORD", "UserRecord", "actor_of", "add_user", "authenticate",
           "check_new_user", "check_user_name", "get_user", "list_users", "look_alike_key",
           "name_key", "remove_user", "session_stamp", "set_password", "users_defined"]


@dataclass(frozen=True)
class UserRecord:
    name: str
    role: str
    created_at: dt.datetime
    stamp: str = ""  # which record and credential: see session_stamp


def _stamp(u: User) -> str:
    return f"{u.uid or 'legacy'}:{u.credential_version or 1}"


def _rec(u: User) -> UserRecord:
    return UserRecord(u.name, u.role, u.created_at, _stamp(u))


def session_stamp(ws: Workspace, name: str) -> str | None:
    """What a sign-in session of ``name`` is bound to: the user's record and credential
    version. None when there is no such user. A session whose stamp differs from this one
    was signed in to a removed account or with a replaced password and must end."""
    with transaction(ws.engine) as s:
        u = s.get(User, name)
        return _stamp(u) if u is not None else None


def users_defined(ws: Workspace) -> bool:
    """Whether anyone must sign in (at least one user exists)."""
    with transaction(ws.engine) as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def _may_manage(ws: Workspace, actor: Actor) -> None:
    """The first user may be added by anyone on the machine; after that only stewards."""
    if users_defined(ws) and actor.role not in ("local", "steward"):
        raise Forbidden(f"{actor.name} ({actor.role}) may not manage users; that needs the "
                        "role steward.")


# Scripts that one name may mix: Japanese writes kanji, hiragana and katakana together and
# Korean may mix hangul and hanja; every other mix of scripts in one name is refused.
_SCRIPT_FAMILY = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "CJK": "CJK"}


def name_key(name: str) -> str:
    """What two user names are compared by: NFKC, case folded, NFKC again (``SAM``, ``sam``
    and fullwidth ``ｓａｍ`` are one name)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


@functools.cache
def _spoof_checker() -> Any:
    """ICU's Unicode TR39 spoof checker (PyICU, the optional extra ``lookalike``), built
    once: ``getSkeleton`` is a const call, safe to share between the app's worker threads.
    None when PyICU is not installed."""
    try:
        import icu
    except ImportError:
        log.info("PyICU is not installed (extra 'lookalike'): user names are compared after "
                 "NFKC and case folding and refused when they mix scripts, without ICU's "
                 "look-alike table")
        return None
    return icu.SpoofChecker()


def look_alike_key(name: str) -> tuple[str, str] | None:
    """What two user names are compared by for looks: the Unicode TR39 confusable skeleton
    of ``name`` as typed and of its :func:`name_key` (ICU's confusables table). Names with
    an equal skeleton can pass for each other: a Cyrillic ``аdmin`` and a Latin ``admin``,
    ``rn`` and ``m``, a capital ``I`` and a small ``l``. None without PyICU."""
    checker = _spoof_checker()
    if checker is None:
        return None
    return checker.getSkeleton(0, name), checker.getSkeleton(0, name_key(name))


def _scripts(name: str) -> set[str]:
    """The scripts of the letters of ``name`` (by Unicode character name: LATIN, CYRILLIC,
    GREEK, ...); digits, marks and punctuation belong to none."""
    out = set()
    for c in unicodedata.normalize("NFKC", name):
        if unicodedata.category(c).startswith("L"):
            script = unicodedata.name(c, "UNKNOWN").split(" ")[0]
            out.add(_SCRIPT_FAMILY.get(script, script))
    return out


def check_user_name(name: str) -> str:
    """``name`` stripped, or :class:`AssistantError` saying why it cannot be a user name:
    spaces, markup characters, invisible format or control characters (bidi overrides,
    zero-width joiners) or letters of two scripts (a Cyrillic ``ѕ`` in a Latin ``sam``), all
    of which let one name pass for another. Called before any password is asked for."""
    name = name.strip()
    if not name or len(name) > 200 or any(c.isspace() for c in name):
        raise AssistantError(f"User name {name!r} is not usable: give one word without spaces "
                             "(at most 200 characters).")
    if any(c in name for c in "<>&"):
        # A name is shown in review threads, audit lists and the published playbook.
        raise AssistantError(f"User name {name!r} is not usable: it may not hold <, > or & "
                             "(names are shown in pages); give one word such as 'stella'.")
    hidden = [c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn")]
    if hidden:
        codes = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(hidden))
        raise AssistantError(f"User name {name!r} is not usable: it holds invisible or "
                             f"control characters ({codes}) that can make it look like "
                             "another name; type it without them.")
    scripts = _scripts(name)
    if len(scripts) > 1:
        raise AssistantError(f"User name {name!r} is not usable: it mixes letters of "
                             f"{' and '.join(sorted(s.title() for s in scripts))} script, "
                             "so it can look like another name; write it in one script.")
    return name


def check_new_user(name: str, role: str, ws: Workspace | None = None) -> str:
    """``name`` stripped when it and ``role`` can make a user (:func:`check_user_name`, a
    known role, and with ``ws`` no existing user of that name or too like it, and a
    steward already there unless ``role`` is steward), else
    :class:`AssistantError`: the CLI calls it before asking for any password, so a bad
    name is not refused only after one was typed twice."""
    name = check_user_name(name)
    if role not in ROLES:
        raise AssistantError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.")
    if ws is not None:
        with transaction(ws.engine) as s:
            _check_free(s, name)
            _check_steward_first(s, name, role)
    return name


def _check_steward_first(s: Any, name: str, role: str) -> None:
    """:class:`Conflict` when no user is a steward and ``name`` would not be one either.
    Once a user exists only stewards manage users, approve and publish, so a first user
    who is a facilitator or viewer would leave an install nobody can administer from the
    app. Refused rather than made a steward quietly: the role is the one asked for or
    nothing."""
    if role == "steward" or s.scalar(
            select(func.count()).select_from(User).where(User.role == "steward")):
        return
    raise Conflict(f"No user is a steward yet, so {name} cannot be added as {role}: once a "
                   "user exists, only a steward can add users, approve and publish, and "
                   f"with {name} alone nobody could. Add a steward first (CLI: assistant "
                   f"users add NAME --role steward), then add {name}.")


def _check_free(s: Any, name: str) -> None:
    """:class:`Conflict` when ``name`` or a name equal to it after :func:`name_key` or
    :func:`look_alike_key` exists."""
    if s.get(User, name) is not None:
        raise Conflict(f"User {name!r} already exists; remove it first to change its role "
                       "or password.")
    key = name_key(name)
    names = list(s.scalars(select(User.name)))
    twin = next((n for n in names if name_key(n) == key), None)
    if twin is not None:
        raise Conflict(f"User name {name!r} is too like the existing user {twin!r} (they "
                       "differ only in case or character width); choose another name.")
    mine = look_alike_key(name)
    twin = None if mine is None else next(
        (n for n in names if any(a == b for a, b in zip(look_alike_key(n) or ("", ""), mine,
                                                        strict=True))), None)
    if twin is not None:
        raise Conflict(f"User name {name!r} looks like the existing user {twin!r} (letters "
                       "of another script or shapes such as 'rn' and 'm' can pass for one "
                       "another), so one could be taken for the other; choose another name.")


def add_user(ws: Workspace, name: str, *, role: str, password: str,
             actor: Actor = LOCAL) -> UserRecord:
    """Add a user with a role (facilitator, steward, viewer) and a password; until a
    steward exists (the first user) only a steward may be added. A name equal
    to an existing one after :func:`name_key` (case, width) or :func:`look_alike_key`
    (TR39 confusables) is refused, as are the names :func:`check_user_name` refuses."""
    name = check_new_user(name, role)
    check_password(name, password)
    _may_manage(ws, actor)
    hashed = _HASHER.hash(password)  # slow on purpose: outside the transaction
    with transaction(ws.engine) as s:
        _check_free(s, name)
        _check_steward_first(s, name, role)
        u = User(name=name, role=role, password_hash=hashed, uid=uuid.uuid4().hex,
                 credential_version=1)
        s.add(u)
        record(s, actor=actor.name, action="user_add", object_type="user", object_id=name,
               after={"role": role})
        s.flush()
        return _rec(u)


def set_password(ws: Workspace, name: str, password: str, *, actor: Actor = LOCAL) -> None:
    """Replace ``name``'s password (the user themself or a steward); their other sign-in
    sessions end."""
    if actor.name != name:
        _may_manage(ws, actor)
    check_password(name, password)
    hashed = _HASHER.hash(password)
    with transaction(ws.engine) as s:
        u = s.get(User, name)
        if u is None:
            raise NotFound(f"No user {name!r}; `assistant users list` shows who exists.")
        u.password_hash = hashed
        u.credential_version = (u.credential_version or 1) + 1
        u.uid = u.uid or uuid.uuid4().hex
        record(s, actor=actor.name, action="user_password", object_type="user",
               object_id=name)


def remove_user(ws: Workspace, name: str, *, actor: Actor = LOCAL, force: bool = False) -> None:
    """Remove a user. Removing the last one reopens the app to anyone who can reach it
    (single-user local mode), so that needs ``force=True``; otherwise :class:`Conflict`."""
    _may_manage(ws, actor)
    with transaction(ws.engine) as s:
        u = s.get(User, name)
        if u is None:
            raise NotFound(f"No user {name!r}; `assistant users list` shows who exists.")
        users = s.scalar(select(func.count()).select_from(User)) or 0
        if not force and users == 1:
            raise Conflict(f"{name} is the last user: removing them turns sign-in off, and "
                           "anyone who can open the app then acts with every permission. "
                           "Add another steward first, or confirm (CLI: --yes).")
        if users > 1 and _last_steward(s, u):
            raise Conflict(f"{name} is the last steward: without one nobody can approve, "
                           "publish or manage users. Add another steward first.")
        record(s, actor=actor.name, action="user_remove", object_type="user", object_id=name,
               before={"role": u.role})
        s.delete(u)


def _last_steward(s: Any, u: User) -> bool:
    """Whether ``u`` is the only steward among users: removing or demoting them would leave
    users whom nobody can manage (one function for the CLI and the app)."""
    return u.role == "steward" and s.scalar(
        select(func.count()).select_from(User).where(User.role == "steward")) == 1


def list_users(ws: Workspace) -> list[UserRecord]:
    with transaction(ws.engine) as s:
        return [_rec(u) for u in s.scalars(select(User).order_by(User.name))]


def get_user(ws: Workspace, name: str) -> UserRecord | None:
    with transaction(ws.engine) as s:
        u = s.get(User, name)
        return _rec(u) if u is not None else None


def authenticate(ws: Workspace, name: str, password: str) -> UserRecord | None:
    """The user when ``password`` is theirs, else None (never raises for a wrong password)."""
    with transaction(ws.engine) as s:
        u = s.get(User, (name or "").strip())
        if u is None:
            _HASHER.hash("timing-equaliser")  # do similar work for unknown names
            return None
        try:
            _HASHER.verify(u.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            return None
        return _rec(u)


def actor_of(user: UserRecord) -> Actor:
    return Actor(name=user.name, role=user.role)  # type: ignore[arg-type]
