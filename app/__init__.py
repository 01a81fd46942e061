"""CityFit: which German city fits a customer-service job seeker best, and why."""

__version__ = "0.1.0"
