package enum WorkspaceServerPlaceholder {}
