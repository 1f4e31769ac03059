"""A theme recompute runs as a background job: the page gets an answer at once, the job
reports when it is done or why it failed, and a second start while it runs starts nothing."""

from __future__ import annotations

import threading

from assistant.errors import AssistantError
from assistant.ui.jobs import Job


def test_a_job_answers_at_once_then_reports_its_result_and_runs_once_at_a_time():
    release = threading.Event()
    runs: list[int] = []

    def work() -> str:
        runs.append(1)
        release.wait(10)
        return "12 themes"

    job = Job("Theme recompute")
    first = job.start(work, "stella")
    assert first.running and "started by stella" in first.message
    assert job.start(work, "fran").message == first.message  # still the first run
    release.set()
    done = job.wait(10)
    assert not done.running and "done" in done.message and "12 themes" in done.message
    assert runs == [1]


def test_a_failed_job_says_why_instead_of_running_forever():
    def fail() -> str:
        raise AssistantError("No cases to cluster yet.")

    job = Job("Theme recompute")
    job.start(fail, "stella")
    status = job.wait(10)
    assert not status.running and "failed: No cases to cluster yet." in status.message
