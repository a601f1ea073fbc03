"""Reference specimens: the format (a folder or .zip pack with meta.json and images), the library (bundled
specimens + the user's folder), matching an examined document to specimens, aligning a scan with a
specimen, and the trainer's altered copies. No Qt here: the window shows what this package computes.
"""

from desktop.specimens.model import FORMATS, KINDS, LIGHTS, SIDES, Specimen, SpecimenError, Zone, load

__all__ = ["FORMATS", "KINDS", "LIGHTS", "SIDES", "Specimen", "SpecimenError", "Zone", "load"]
