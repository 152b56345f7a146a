"""Reports: the summary of a period and scope, and its formats (text, .docx, .xlsx, .ics)."""
