"""The desktop window: a layer on top of app.core; the engine never imports from here."""
