# Source this file (". .mvn/jdk.sh") to point JAVA_HOME at a JDK 21 or newer.
# Keeps a suitable JAVA_HOME or java on PATH; otherwise picks the newest JDK under /usr/lib/jvm.
_rapport_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
_rapport_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(_rapport_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(_rapport_java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
}
_rapport_jdk=$(_rapport_pick_jdk)
if [ -n "$_rapport_jdk" ]; then
  export JAVA_HOME="$_rapport_jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "No JDK 21+ found: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
fi
unset _rapport_jdk
