"""Operations: settings (plain values read once at start-up), metrics, logs and the error hierarchy. Imports nothing
from the other layers, so every layer can use it."""
