package org.opensms.sms.bench;

/**
 * The made-up people and places every benchmark draws from: common Indian first names and surnames, twenty cities
 * in fourteen states, and the localities (areas) of each city that LCOs serve. Kept in one place so that every
 * benchmark's data looks alike and results stay comparable.
 */
final class BenchPeople {

    static final String[] FIRST = {"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan",
            "Krishna", "Ishaan", "Ananya", "Diya", "Aadhya", "Saanvi", "Pari", "Meera", "Lakshmi", "Priya", "Kavya",
            "Ravi", "Suresh", "Ramesh", "Mahesh", "Ganesh", "Anil", "Sunita", "Geeta", "Pooja", "Neha", "Deepak"};
    static final String[] LAST = {"Sharma", "Verma", "Gupta", "Kumar", "Singh", "Patel", "Reddy", "Rao", "Nair",
            "Iyer", "Menon", "Das", "Ghosh", "Banerjee", "Mukherjee", "Joshi", "Kulkarni", "Deshpande", "Patil", "Yadav",
            "Khan", "Ahmed", "Fernandes", "D'Souza", "Pillai", "Naidu", "Chauhan", "Mehta", "Shah", "Bhat"};
    /** City and its state code. */
    static final String[][] CITIES = {{"Bengaluru", "KA"}, {"Mysuru", "KA"}, {"Chennai", "TN"}, {"Madurai", "TN"},
            {"Mumbai", "MH"}, {"Pune", "MH"}, {"Nagpur", "MH"}, {"Kolkata", "WB"}, {"Delhi", "DL"}, {"Hyderabad", "TG"},
            {"Lucknow", "UP"}, {"Kanpur", "UP"}, {"Jaipur", "RJ"}, {"Ahmedabad", "GJ"}, {"Surat", "GJ"}, {"Kochi", "KL"},
            {"Bhopal", "MP"}, {"Patna", "BR"}, {"Bhubaneswar", "OR"}, {"Guwahati", "AS"}};
    /** Localities of each city in {@link #CITIES}, same order. */
    static final String[][] LOCALITIES = {
            {"Koramangala", "Indiranagar", "Jayanagar", "Malleshwaram", "Whitefield", "Yelahanka"},
            {"Vijayanagar", "Kuvempunagar", "Gokulam", "Hebbal"},
            {"Adyar", "T Nagar", "Velachery", "Anna Nagar", "Tambaram"},
            {"KK Nagar", "Anna Nagar Madurai", "Tallakulam"},
            {"Andheri", "Borivali", "Dadar", "Chembur", "Thane West", "Malad"},
            {"Kothrud", "Hadapsar", "Aundh", "Pimpri"},
            {"Dharampeth", "Sitabuldi", "Manish Nagar"},
            {"Salt Lake", "Behala", "Howrah", "Dum Dum", "Garia"},
            {"Rohini", "Dwarka", "Laxmi Nagar", "Saket", "Janakpuri"},
            {"Kukatpally", "Secunderabad", "Gachibowli", "Dilsukhnagar"},
            {"Gomti Nagar", "Aliganj", "Indira Nagar Lucknow"},
            {"Kidwai Nagar", "Swaroop Nagar", "Kalyanpur"},
            {"Malviya Nagar", "Vaishali Nagar", "Mansarovar"},
            {"Navrangpura", "Maninagar", "Satellite", "Naroda"},
            {"Adajan", "Varachha", "Athwa"},
            {"Edappally", "Kakkanad", "Fort Kochi"},
            {"Arera Colony", "Kolar Road", "MP Nagar"},
            {"Kankarbagh", "Boring Road", "Rajendra Nagar"},
            {"Saheed Nagar", "Patia", "Old Town"},
            {"Dispur", "Beltola", "Chandmari"}};

    private BenchPeople() {
    }
}
