"""Abuse limits on creating accounts: per address and per network, over a sliding hour.

Why per network too: one machine rotating through the addresses of its /24 (IPv4) or its /64 (IPv6, where a
single host commonly owns the whole /64) would otherwise get a fresh per-address allowance for every
address. Office NATs (a whole support team behind one address) are why the limits are settings
(``FRONTLINE_REGISTRATIONS_PER_ADDRESS`` / ``_PER_NETWORK``, per hour) rather than constants.

Invariants:
- A refused registration writes nothing and is refused before any password hashing.
- Only accounts actually created count (one :class:`Registration` row each, written in the same
  transaction as the account, so a failed registration never uses up the allowance).
- An empty address (a test client, a misconfigured proxy) is limited as one shared address: being unable to
  tell people apart never means being unlimited.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Registration, utcnow
from forum.services.errors import RateLimited
from forum.services.timefmt import as_utc


@dataclass(frozen=True)
class RegistrationLimits:
    window: timedelta = timedelta(hours=1)
    per_address: int = 5
    per_network: int = 20


def network_of(client_ip: str) -> str:
    """The /24 (IPv4) or /64 (IPv6) an address belongs to, as text; the raw value when it is not an address."""
    try:
        address = ipaddress.ip_address(client_ip.strip())
    except ValueError:
        return client_ip.strip()[:64]
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 64
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


def _count_since(session: Session, column: sa.ColumnElement[str], value: str, since: datetime
                 ) -> tuple[int, datetime | None]:
    count, oldest = session.execute(
        select(sa.func.count(), sa.func.min(Registration.created_at)).where(column == value,
                                                                            Registration.created_at > since)
    ).one()
    return int(count), oldest


def check_registration_allowed(session: Session, client_ip: str, *, now: datetime | None = None,
                               limits: RegistrationLimits = RegistrationLimits()) -> None:
    """RateLimited (saying when to come back) when the address or its network used up its allowance."""
    now = now or utcnow()
    since = now - limits.window
    address = client_ip.strip()[:64]
    for column, value, limit in ((Registration.client_ip, address, limits.per_address),
                                 (Registration.network, network_of(address), limits.per_network)):
        count, oldest = _count_since(session, column, value, since)
        if count >= limit and oldest is not None:
            minutes = max(1, math.ceil((as_utc(oldest) + limits.window - now).total_seconds() / 60))
            raise RateLimited("Too many accounts were created from your network recently; "
                              f"please try again in {minutes} minute{'s' if minutes != 1 else ''}.")


def record_registration(session: Session, user_id: int, client_ip: str, *, now: datetime | None = None) -> None:
    """Count one account created from ``client_ip`` (call in the transaction that created it)."""
    address = client_ip.strip()[:64]
    session.add(Registration(user_id=user_id, client_ip=address, network=network_of(address),
                             created_at=now or utcnow()))
    session.flush()
