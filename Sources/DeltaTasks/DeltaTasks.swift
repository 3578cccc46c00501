// Placeholder: task data generators land with issue 6.
