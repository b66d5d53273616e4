# docs/lke.md's table of dari-data keys names exactly the criteria of the
# built-in LKE that carry each key, and every key the schema allows.
%args --version
%check /usr/bin/python3 -c 'import re,sys; lke=open("schemas/lke-88-2021.xml").read(); doc=open("docs/lke.md").read(); xsd=open("schemas/lke.xsd").read(); want={}; [want.setdefault(k,[]).append(i) for i,k in re.findall(r"<kriteria id=\"([^\"]+)\" skala=\"[^\"]+\" dari-data=\"([^\"]+)\"",lke)]; got={k:[x.strip() for x in ids.split(",")] for k,ids in re.findall(r"^\| `([a-z-]+)` \| [^|]+ \| ([0-9a-z., ]+) \|$",doc,re.M)}; keys=set(re.findall(r"<xs:enumeration value=\"([a-z-]+)\"/>", xsd.split("name=\"DariData\"")[1].split("</xs:simpleType>")[0])); sys.exit(0 if got==want and keys==set(want) else print(got,want,keys) or 1)'
