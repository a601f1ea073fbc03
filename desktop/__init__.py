"""Checkpoint Document Examiner: offline examination of travel-document MRZs (ICAO Doc 9303)."""

APP_NAME = "docexam"
APP_TITLE = "Checkpoint Document Examiner"
__version__ = "0.1.0"
