"""Shared test inputs: one user per role, and a short problem-solving jam that walks the
facilitator script."""

from assistant.auth import Actor

FRAN = Actor("fran", "facilitator")
STELLA = Actor("stella", "steward")
VIC = Actor("vic", "viewer")

TRANSCRIPT = """WEBVTT

00:00:05.000 --> 00:00:20.000
<v Fran>Today's case: new volunteers at the food bank stop coming after about a month.

00:00:21.000 --> 00:00:40.000
<v Sam>We only ever talked to them on their first shift. After that nobody checked in.

00:00:41.000 --> 00:01:05.000
<v Priya>What worked for us was pairing each newcomer with a buddy for their first four shifts.

00:01:06.000 --> 00:01:30.000
<v Fran>So the pattern is: give every newcomer a named buddy for the first month.

00:01:31.000 --> 00:01:50.000
<v Sam>It applies next to the warehouse team, who lose new drivers the same way.

00:01:51.000 --> 00:02:10.000
<v Fran>I will write the buddy pairing up for the playbook this week.
"""
