// Branch ov15: the smartcn words of each task of a DumpTasks file, as JSON lines {"words", "twords"} (text and
// title), for loo15.py's word-unit family. Run by ov15.sh with lucene-analysis-smartcn on the class path (not a
// dependency of the project).
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class SmartcnWords {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        SmartChineseAnalyzer an = new SmartChineseAnalyzer(false); // no stop words
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(a[1]), true, "UTF-8");
        for (String l; (l = r.readLine()) != null; ) {
            ObjectNode n = (ObjectNode) m.readTree(l);
            String text = n.path("text").asText("");
            if (text.isBlank()) text = n.path("title").asText("");
            out.println(m.writeValueAsString(Map.of("words", words(an, text), "twords", words(an, n.path("title").asText("")))));
        }
    }
    static List<String> words(SmartChineseAnalyzer an, String s) throws IOException {
        List<String> w = new ArrayList<>();
        try (TokenStream ts = an.tokenStream("f", s)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) w.add(t.toString());
            ts.end();
        }
        return w;
    }
}
