public enum ComplyPlaceholder {}
